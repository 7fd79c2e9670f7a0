/** The guide's sections by their stable ids: a leaf of `src/config`, so practice can name them too. */
export { isSectionId, sectionIds, type SectionId } from '../config/sectionIds';

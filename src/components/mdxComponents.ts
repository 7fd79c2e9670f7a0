/**
 * The components guide pages may use without importing them. Each reads the content's
 * locale itself, so an MDX page only writes `<ScreenFigure screen="resend" />`.
 */
import Callout from './Callout.astro';
import GuidePath from './GuidePath.astro';
import HomeSearch from './HomeSearch.astro';
import Label from './Label.astro';
import LinkBuilder from './LinkBuilder.astro';
import PartnerLinks from './PartnerLinks.astro';
import PracticeLinks from './PracticeLinks.astro';
import PrintLink from './PrintLink.astro';
import RolesTable from './RolesTable.astro';
import ScreenFigure from './ScreenFigure.astro';
import TryIt from './TryIt.astro';

export const mdxComponents = {
  // Markdown links print their full address (PrintLink.astro).
  a: PrintLink,
  Callout,
  GuidePath,
  HomeSearch,
  Label,
  LinkBuilder,
  PartnerLinks,
  PracticeLinks,
  RolesTable,
  ScreenFigure,
  TryIt,
};

/**
 * The guide's figures, by name (`<ScreenFigure screen="resend" />` in MDX): each flow draws its
 * own in its `figures.tsx` (its screens with the guide's example data, `flows/figureParts.ts`),
 * and its descriptor names them. Build time only: the browser never loads a figure.
 */
import type { FigureName } from '../flows';
import type { FigureScreen } from '../flows/figureParts';

export type { FigureName, FigureScreen };

const modules = import.meta.glob<{ readonly figures: Readonly<Record<string, FigureScreen>> }>('../flows/*/figures.tsx', { eager: true });

/** Every flow's figures; `test/unit/flows/descriptors.test.ts` checks they are the ones the descriptors name. */
export const figureScreens = Object.assign({}, ...Object.values(modules).map((module) => module.figures)) as Readonly<Record<FigureName, FigureScreen>>;

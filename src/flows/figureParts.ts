/**
 * What every flow's `figures.tsx` shares: a figure's shape and the guide's example people. The
 * guide's figures are simulator screens shown with the guide's example data
 * (`guide/exampleData.ts`, the seed's source too) in the page's language, through the
 * simulator's own dictionary, so a figure says exactly what the practice portal says.
 * `components/ScreenFigure.astro` renders one at build time and turns it into a picture.
 */
import type { ReactElement } from 'react';
import { purchasingAdministratorRole } from '../domain/roles';
import type { UiKey } from '../i18n';
import type { Locale } from '../i18n/locales';
import type { SimKey } from '../i18n/sim';

export interface FigureScreen {
  /** The guide's own words under the picture (`ui` dictionary). */
  readonly caption: UiKey;
  /** `email`: a message in the mail client; `screen`: a page of the portal. */
  readonly kind: 'email' | 'screen';
  /** Where the screen is in the portal's menus, in the simulator's words. */
  readonly path?: readonly SimKey[];
  readonly render: (locale: Locale) => ReactElement;
}

/** Typed passwords show as dots; the figure only needs their length. */
export const typedPassword = 'x'.repeat(12);

/** Harry, the purchasing account administrator, as he starts (GUIDE-FACTS, our decisions): his rule is what his figures say. */
export const harrysRoles = [purchasingAdministratorRole];

/** A picture's controls do nothing: the figure has no handlers to call. */
export const inert = () => undefined;

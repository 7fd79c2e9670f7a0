import { scenarios } from '../practice/scenarios';
import { sectionIds } from './sections';
import { partnerLink, practiceLink } from './urls';

/** One link a partner sends: a guide section's or a practice scenario's `/go/` address. */
export interface PartnerShortLink {
  readonly kind: 'section' | 'scenario';
  readonly id: string;
  /** `/go/<section>/` or `/go/practice/<id>/`. */
  readonly path: string;
}

/** Every short link of the partners page, sections first, in the guide's order. */
export function partnerShortLinks(): readonly PartnerShortLink[] {
  return [
    ...sectionIds.map((id) => ({ kind: 'section' as const, id, path: partnerLink(id) })),
    ...scenarios.map(({ id }) => ({ kind: 'scenario' as const, id, path: practiceLink(id) })),
  ];
}

/** Where a short link's QR code is served (see `pages/qr/[...link].svg.ts`). @example qrCodeUrl('/go/roles/') // '/qr/go/roles.svg' */
export function qrCodeUrl(path: string): string {
  return `/qr/${path.replace(/^\/|\/$/g, '')}.svg`;
}

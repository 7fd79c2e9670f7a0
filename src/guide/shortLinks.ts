import { withBase, withoutBase } from '../config/base';
import { scenarios } from '../practice/scenarios';
import { sectionIds } from './sections';
import { partnerLink, practiceLink } from './urls';

/** One link a partner sends: a guide section's or a practice scenario's `/go/` address. */
export interface PartnerShortLink {
  readonly kind: 'section' | 'scenario';
  readonly id: string;
  /** `/go/<section>/` or `/go/practice/<id>/`, under the base path. */
  readonly path: string;
  /** The same without the base path, as the routes name it: `go/roles`. */
  readonly route: string;
}

const routeOf = (path: string) => withoutBase(path).replace(/^\/|\/$/g, '');
const shortLink = (kind: PartnerShortLink['kind'], id: string, path: string): PartnerShortLink => ({ kind, id, path, route: routeOf(path) });

/** Every short link of the partners page, sections first, in the guide's order. */
export function partnerShortLinks(): readonly PartnerShortLink[] {
  return [
    ...sectionIds.map((id) => shortLink('section', id, partnerLink(id))),
    ...scenarios.map(({ id }) => shortLink('scenario', id, practiceLink(id))),
  ];
}

/** Where a short link's QR code is served (see `pages/qr/[...link].svg.ts`). @example qrCodeUrl('/go/roles/') // '/qr/go/roles.svg' */
export function qrCodeUrl(path: string): string {
  return withBase(`/qr/${routeOf(path)}.svg`);
}

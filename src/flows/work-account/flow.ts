import { flow } from '../descriptor';

/**
 * Checking that an address is a work account (sign-in-address): a panel only, a rule of the
 * domain checked as one types; nothing in the portal changes, so no machine, screen or route.
 */
export default flow({
  name: 'work-account',
  machines: {},
  view: null,
  screens: [],
  route: null,
  panel: {
    section: 'sign-in-address',
    load: () => import('./WorkAccountPanel'),
    need: null,
    firstScreen: null,
  },
  figures: [],
});

import { searchClientOutput } from './clientPath';

/** The search client's URL: the compiled module in a build, the source on the dev server. */
export const searchClientUrl = import.meta.env.DEV ? '/src/search/client.ts' : `/${searchClientOutput}`;

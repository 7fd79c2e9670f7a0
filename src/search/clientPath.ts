/** Where the built site serves the search client (see the `searchClient` integration). */
export const searchClientOutput = '_search/client.js';

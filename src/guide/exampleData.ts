/** The guide's example data lives in `config/exampleData.ts`, a leaf the store's seed reads too. */
export * from '../config/exampleData';

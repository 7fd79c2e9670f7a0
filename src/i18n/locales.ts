/** The locale table lives in `config/locales.ts`, a leaf the domain reads too; i18n's importers keep this path. */
export * from '../config/locales';

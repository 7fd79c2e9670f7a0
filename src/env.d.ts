declare namespace App {
  interface Locals {
    /** Set by a guide page before it renders its content: see `contentLocaleOf`. */
    contentLocale?: import('./i18n/locales').Locale;
  }
}

import { defaultLocale, isLocale, type Locale } from './locales';

/**
 * The locale the current piece of content is written in, for components used inside MDX
 * (figures, callouts, tables). The page sets it before rendering its content; it is English
 * when a page falls back to the English text.
 */
export function contentLocaleOf(locals: App.Locals): Locale {
  return isLocale(locals.contentLocale) ? locals.contentLocale : defaultLocale;
}

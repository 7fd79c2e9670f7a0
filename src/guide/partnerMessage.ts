import type { Locale } from '../config/locales';
import { normalizeName, validateName } from '../domain/personName';

/** A message's words in one language (the `partners.message.*` texts). */
export interface MessageWords {
  readonly hello: string;
  readonly helloNamed: string;
  readonly section: string;
  readonly scenario: string;
}

/** What a partner can send: a guide section or a practice scenario, its title and address in every language. */
export interface MessageTarget {
  readonly kind: 'section' | 'scenario';
  readonly id: string;
  readonly titles: Readonly<Record<Locale, string>>;
  /** The section or scenario in one language: `/ja/get-invitation/#request-resend`. */
  readonly hrefs: Readonly<Record<Locale, string>>;
  /** The short link that lets the customer's browser choose: `/go/request-resend/`. */
  readonly go: string;
}

export interface MessageChoice {
  readonly target: MessageTarget;
  /** The customer's language, or `browser`: the short link, and the message in `pageLocale`. */
  readonly language: Locale | 'browser';
  /** The customer's name as typed; blank, or longer than a name may be, for a plain greeting. */
  readonly name: string;
  readonly pageLocale: Locale;
  /** Where the site is published (`SITE_URL`): the link is absolute, as a customer receives it. */
  readonly site: string;
}

/**
 * The customer's name as the message writes it, by the simulator's own rule for a person's name
 * (`domain/personName`): invisible and control characters out, and `tooLong` when it is longer
 * than a name may be (the message then greets without it; the field keeps what was typed).
 */
export function customerName(typed: string): { readonly name: string; readonly tooLong: boolean } {
  const tooLong = validateName(typed) === 'error.name.tooLong';
  return { name: tooLong ? '' : normalizeName(typed), tooLong };
}

const fill = (text: string, values: Readonly<Record<string, string>>) => text.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);

/**
 * The message a partner pastes to a customer: a greeting, one sentence in the customer's language
 * saying what the link is, and the link on its own line.
 * @example composeMessage({ target, language: 'ja', name: 'Harry', pageLocale: 'en', site }, words)
 *   // { text: 'Harry 様\n\nお話しした手順…\nhttps://…/ja/get-invitation/#request-resend', link: 'https://…' }
 */
export function composeMessage(choice: MessageChoice, words: Readonly<Record<Locale, MessageWords>>): { readonly text: string; readonly link: string } {
  const language = choice.language === 'browser' ? choice.pageLocale : choice.language;
  const said = words[language];
  const { name } = customerName(choice.name);
  const path = choice.language === 'browser' ? choice.target.go : choice.target.hrefs[choice.language];
  const link = new URL(path, choice.site).href;
  const greeting = name ? fill(said.helloNamed, { name }) : said.hello;
  const sentence = fill(choice.target.kind === 'section' ? said.section : said.scenario, { title: choice.target.titles[language] });
  return { text: `${greeting}\n\n${sentence}\n${link}`, link };
}

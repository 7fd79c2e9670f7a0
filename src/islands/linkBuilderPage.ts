/**
 * The partners page's message builder (`/_islands/linkBuilder.js`), started by the page's
 * loader at the first sign of intent. Plain DOM, no UI framework: it rewrites one message as
 * the partner chooses, and copies it. What it shows was already in the HTML for the first choice.
 */
import { defaultLocale, isLocale, langOf, localeAttributes, localeOfLang, type Locale } from '../config/locales';
import { composeMessage, customerName, type MessageTarget, type MessageWords } from '../guide/partnerMessage';
import { copyText } from '../inline/clipboard';
import { showCopied } from '../inline/copiedLabel';
import { servedAddress } from '../inline/servedAddress';
import type { WakingIsland } from '../inline/loadIslandsOnIntent';

interface BuilderData {
  readonly targets: readonly MessageTarget[];
  readonly words: Readonly<Record<Locale, MessageWords>>;
  readonly site: string;
  readonly pageLocale: Locale;
  readonly copied: string;
  readonly copiedLabel: string;
  readonly copyFailed: string;
}

const isLanguage = (value: string): value is Locale | 'browser' => value === 'browser' || isLocale(value);

export function mountPanel(element: WakingIsland): void {
  if (element.hasAttribute('data-started')) return;
  const data = JSON.parse(element.dataset['builder'] ?? '{}') as BuilderData;
  const form = element.querySelector('form');
  const message = element.querySelector('textarea');
  const open = element.querySelector<HTMLAnchorElement>('[data-open-link]');
  const note = element.querySelector<HTMLElement>('[data-browser-note]');
  const said = element.querySelector<HTMLElement>('[data-builder-said]');
  const nameError = element.querySelector<HTMLElement>('[data-name-error]');
  const copyButton = element.querySelector<HTMLElement>('[data-copy-message]');
  if (!form || !message || !open) return;
  // Built without SITE_URL, the message links to where this page is served (inline/servedAddress.ts).
  const site = servedAddress(data.site);
  const field = (name: string) => (form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement | null)?.value ?? '';

  // A name longer than the simulator allows stays in the field as typed; the message leaves it out and says why beside it.
  const showNameError = (tooLong: boolean) => {
    const input = form.elements.namedItem('name');
    if (!nameError || !(input instanceof HTMLInputElement)) return;
    nameError.hidden = !tooLong;
    for (const [name, value] of [['aria-invalid', 'true'], ['aria-describedby', nameError.id]] as const) {
      if (tooLong) input.setAttribute(name, value);
      else input.removeAttribute(name);
    }
  };
  const write = () => {
    const target = data.targets.find((candidate) => `${candidate.kind}:${candidate.id}` === field('target')) ?? data.targets[0];
    const language = field('language');
    if (!target || !isLanguage(language)) return;
    const composed = composeMessage({ target, language, name: field('name'), pageLocale: data.pageLocale, site }, data.words);
    showNameError(customerName(field('name')).tooLong);
    message.value = composed.text;
    // The message's language, for screen readers and fonts: the customer's, or this page's.
    const messageLocale = language === 'browser' ? (localeOfLang(document.documentElement.lang) ?? defaultLocale) : language;
    message.lang = langOf(messageLocale);
    for (const [name, value] of Object.entries(localeAttributes(messageLocale))) message.setAttribute(name, value);
    // Opened here, the link goes to the same place on this site, wherever it is served.
    const url = new URL(composed.link);
    open.href = `${url.pathname}${url.hash}`;
    if (note) note.hidden = language !== 'browser';
    if (said) said.textContent = '';
  };
  form.addEventListener('input', write);
  form.addEventListener('change', write);
  form.addEventListener('submit', (event) => event.preventDefault());
  copyButton?.addEventListener('click', () => {
    copyText(message.value).then(
      () => {
        if (said) said.textContent = data.copied;
        showCopied(copyButton, data.copiedLabel);
      },
      () => {
        // Refused: the message is selected, ready for the partner's own copy.
        message.select();
        if (said) said.textContent = data.copyFailed;
      },
    );
  });
  // Choices made while the code was loading count.
  write();
  element.setAttribute('data-started', '');
  const held = element.heldClick;
  delete element.heldClick;
  if (held instanceof HTMLElement) held.click();
}

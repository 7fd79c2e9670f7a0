import { describe, expect, it } from 'vitest';
import { composeMessage, customerName, type MessageTarget, type MessageWords } from '../../../src/guide/partnerMessage';
import { useTranslations } from '../../../src/i18n';
import { locales, type Locale } from '../../../src/i18n/locales';

const words = Object.fromEntries(locales.map((locale) => {
  const t = useTranslations(locale);
  return [locale, { hello: t('partners.message.hello'), helloNamed: t('partners.message.helloNamed'), section: t('partners.message.section'), scenario: t('partners.message.scenario') }];
})) as Record<Locale, MessageWords>;

const resend: MessageTarget = {
  kind: 'section',
  id: 'request-resend',
  go: '/go/request-resend/',
  titles: { en: 'Ask for the invitation again', 'zh-tw': '要求重新傳送邀請', ja: '招待の再送信を依頼する' },
  hrefs: { en: '/en/get-invitation/#request-resend', 'zh-tw': '/zh-tw/get-invitation/#request-resend', ja: '/ja/get-invitation/#request-resend' },
};
const site = 'https://help.contoso.example/';

describe('the message a partner sends', () => {
  it('is in the customer’s language, greets them by name and links to the section in that language', () => {
    const { text, link } = composeMessage({ target: resend, language: 'ja', name: ' Harry ', pageLocale: 'en', site }, words);
    expect(link).toBe('https://help.contoso.example/ja/get-invitation/#request-resend');
    expect(text).toBe(`Harry 様\n\n${useTranslations('ja')('partners.message.section', { title: '招待の再送信を依頼する' })}\n${link}`);
  });

  it('lets the browser choose with the short link, written in the page’s language, with a plain greeting when no name is given', () => {
    const { text, link } = composeMessage({ target: resend, language: 'browser', name: '  ', pageLocale: 'zh-tw', site }, words);
    expect(link).toBe('https://help.contoso.example/go/request-resend/');
    expect(text.startsWith(`${useTranslations('zh-tw')('partners.message.hello')}\n\n`)).toBe(true);
    expect(text).toContain('要求重新傳送邀請');
  });

  it('says a scenario is practice in a simulator', () => {
    const scenario: MessageTarget = { ...resend, kind: 'scenario', id: 'my-profile', go: '/go/practice/my-profile/', hrefs: { en: '/en/practice/my-profile/', 'zh-tw': '/zh-tw/practice/my-profile/', ja: '/ja/practice/my-profile/' } };
    const { text } = composeMessage({ target: scenario, language: 'en', name: '', pageLocale: 'ja', site }, words);
    expect(text).toContain(useTranslations('en')('partners.message.scenario', { title: resend.titles.en }));
  });

  it('writes the name without bidirectional controls or line breaks, and leaves out a name longer than the simulator allows', () => {
    const planted = composeMessage({ target: resend, language: 'en', name: 'Harry\u202Egnp.exe\u2066\nRoldan', pageLocale: 'en', site }, words);
    expect(planted.text.split('\n')[0]).toBe(useTranslations('en')('partners.message.helloNamed', { name: 'Harrygnp.exe Roldan' }));
    const long = 'a'.repeat(5000);
    expect(customerName(long)).toEqual({ name: '', tooLong: true });
    expect(composeMessage({ target: resend, language: 'en', name: long, pageLocale: 'en', site }, words).text).not.toContain('aaa');
  });
});

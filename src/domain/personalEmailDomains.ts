/**
 * Addresses of consumer mail services are personal (Microsoft account) addresses, never work
 * accounts (GUIDE-FACTS, `sign-in-address`). The families below exist under many country
 * endings (hotmail.co.uk, outlook.jp, yahoo.com.tw), so they are matched as a pattern; the
 * others are single domains. Not exhaustive, and need not be: it is a teaching simulator.
 */
const personalFamilies = ['outlook', 'hotmail', 'live', 'msn', 'passport', 'gmail', 'googlemail', 'yahoo', 'ymail', 'aol'];
const familyPattern = new RegExp(`^(?:${personalFamilies.join('|')})\\.(?:com|net|[a-z]{2}|co\\.[a-z]{2}|com\\.[a-z]{2})$`);

const personalDomains = new Set([
  'icloud.com',
  'me.com',
  'mac.com',
  'proton.me',
  'protonmail.com',
  'gmx.com',
  'gmx.net',
  'gmx.de',
  'web.de',
  'mail.com',
  'mail.ru',
  'yandex.com',
  'yandex.ru',
  'qq.com',
  '163.com',
  '126.com',
  'naver.com',
  'hanmail.net',
]);

/**
 * @example isPersonalDomain('outlook.com') // true; isPersonalDomain('hotmail.co.uk') // true;
 * isPersonalDomain('contoso.com') // false
 */
export function isPersonalDomain(domain: string): boolean {
  return personalDomains.has(domain) || familyPattern.test(domain);
}

import { describe, expect, it } from 'vitest';
import { domainOf, isPersonalAddress, MAX_EMAIL_LENGTH, normalizeEmail, validateEmailFormat, validateWorkEmail } from '../../../src/domain/email';
import { isPersonalDomain } from '../../../src/domain/personalEmailDomains';

describe('email addresses', () => {
  it('normalizes: trimmed, lower case; non-strings become empty', () => {
    expect(normalizeEmail('  Harry@Contoso.COM ')).toBe('harry@contoso.com');
    expect(normalizeEmail(42)).toBe('');
    expect(domainOf('harry@sales.contoso.com')).toBe('sales.contoso.com');
  });

  it('reports an empty field', () => {
    expect(validateEmailFormat('')).toBe('error.email.empty');
    expect(validateEmailFormat('   ')).toBe('error.email.empty');
    expect(validateEmailFormat(undefined)).toBe('error.email.empty');
  });

  it('reports addresses over 254 characters before their shape', () => {
    const address = (last: number) => `a@${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(63)}.${'e'.repeat(last)}.com`;
    expect(address(56)).toHaveLength(MAX_EMAIL_LENGTH);
    expect(validateEmailFormat(address(56))).toBeUndefined();
    expect(validateEmailFormat(address(57))).toBe('error.email.tooLong');
    expect(validateEmailFormat(`${'x'.repeat(300)}`)).toBe('error.email.tooLong');
  });

  it.each(['harry', 'harry@', '@contoso.com', 'harry@contoso', 'harry@@contoso.com', 'har ry@contoso.com', 'harry.@contoso.com', 'harry@-contoso.com', 'harry@contoso.c0m', `${'a'.repeat(65)}@contoso.com`, 'ハリー@contoso.com'])(
    'refuses the malformed address %j',
    (address) => expect(validateEmailFormat(address)).toBe('error.email.malformed'),
  );

  it.each(['harry@contoso.com', 'mina.sato@sales.contoso.co.jp', "o'brien+bc@contoso.com", 'a@xn--fiq228c.com'])('accepts %j', (address) => {
    expect(validateEmailFormat(address)).toBeUndefined();
  });

  it.each(['someone@outlook.com', 'someone@hotmail.com', 'someone@live.com', 'someone@gmail.com', 'someone@hotmail.co.uk', 'someone@outlook.jp', 'someone@yahoo.com.tw', 'someone@icloud.com', 'someone@qq.com'])(
    'refuses the personal address %j with the work-account explanation',
    (address) => {
      expect(isPersonalAddress(address)).toBe(true);
      expect(validateWorkEmail(address)).toBe('error.email.personal');
    },
  );

  it('accepts work accounts, including ones that merely resemble personal domains', () => {
    expect(validateWorkEmail('harry@contoso.com')).toBeUndefined();
    expect(isPersonalDomain('live.contoso.com')).toBe(false);
    expect(isPersonalDomain('outlook.contoso.com')).toBe(false);
    expect(validateWorkEmail('harry@')).toBe('error.email.malformed');
  });
});

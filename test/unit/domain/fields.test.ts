import { describe, expect, it } from 'vitest';
import { validateAgreementNumber, validatePurchasingAccountNumber } from '../../../src/domain/agreement';
import { validateLanguage, isLanguageId, languageIds } from '../../../src/domain/languages';
import { validateName } from '../../../src/domain/personName';
import { decoded, digits, length, text } from '../../../src/domain/text';

describe('text helpers', () => {
  it('never throw on odd input', () => {
    expect(text(null)).toBe('');
    expect(text({})).toBe('');
    expect(digits('１２３４５６７８９０')).toBe('1234567890');
    expect(length('😀a')).toBe(2);
    expect(decoded('abc%20def')).toBe('abc def');
    expect(decoded('abc%E0%A4')).toBe('abc%E0%A4');
  });
});

describe('agreement and purchasing account numbers', () => {
  it('need exactly ten digits', () => {
    expect(validateAgreementNumber('')).toBe('error.agreementNumber.empty');
    expect(validateAgreementNumber('123456789')).toBe('error.agreementNumber.format');
    expect(validateAgreementNumber('12345678901')).toBe('error.agreementNumber.format');
    expect(validateAgreementNumber('12345-67890')).toBe('error.agreementNumber.format');
    expect(validateAgreementNumber('١٢٣٤٥٦٧٨٩٠')).toBe('error.agreementNumber.format');
    expect(validateAgreementNumber(' 1234567890 ')).toBeUndefined();
    expect(validateAgreementNumber('１２３４５６７８９０')).toBeUndefined();
    expect(validatePurchasingAccountNumber(undefined)).toBe('error.purchasingAccountNumber.empty');
    expect(validatePurchasingAccountNumber('50123')).toBe('error.purchasingAccountNumber.format');
    expect(validatePurchasingAccountNumber('5012345678')).toBeUndefined();
  });
});

describe('names', () => {
  it('must be present, at most 100 characters, without control characters', () => {
    expect(validateName('  ')).toBe('error.name.empty');
    expect(validateName('a'.repeat(101))).toBe('error.name.tooLong');
    expect(validateName('😀'.repeat(100))).toBeUndefined();
    expect(validateName('Harry\nRoldan')).toBe('error.name.malformed');
    expect(validateName('佐藤 美奈')).toBeUndefined();
  });
});

describe('preferred languages', () => {
  it('are the locales the dictionaries exist for', () => {
    expect(languageIds).toEqual(['en', 'zh-tw', 'ja']);
    expect(isLanguageId('ja')).toBe(true);
    expect(validateLanguage('')).toBe('error.language.empty');
    expect(validateLanguage('fr')).toBe('error.language.unknown');
    expect(validateLanguage('zh-tw')).toBeUndefined();
  });
});

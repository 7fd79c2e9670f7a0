import { describe, expect, it } from 'vitest';
import { MAX_NAME_LENGTH, normalizeName, validateName } from '../../../src/domain/personName';

describe('normalizeName', () => {
  it('takes out bidirectional controls and other invisible format characters', () => {
    expect(normalizeName('Harry\u202Egnp.exe\u2066')).toBe('Harrygnp.exe');
    expect(normalizeName('\uFEFFMi\u200Bna\u00AD Sato\u2069')).toBe('Mina Sato');
  });

  it('keeps the joiners that shape Persian and Indic names', () => {
    expect(normalizeName('می\u200Cخواهم')).toBe('می\u200Cخواهم');
  });

  it('turns line breaks, tabs and control characters into one space, and trims', () => {
    expect(normalizeName('  Harry \r\n\t Roldan\u0007 ')).toBe('Harry Roldan');
  });

  it('composes what was typed decomposed (NFC)', () => {
    expect(normalizeName('Jose\u0301')).toBe('José');
  });

  it('answers an empty name for anything that is not text', () => {
    expect(normalizeName(42)).toBe('');
  });
});

describe('validateName', () => {
  it('counts the name as it will be stored: invisible characters do not count', () => {
    expect(validateName(`${'a'.repeat(MAX_NAME_LENGTH)}\u202E\u2066`)).toBeUndefined();
    expect(validateName('a'.repeat(MAX_NAME_LENGTH + 1))).toBe('error.name.tooLong');
    expect(validateName('\u202E\u200B')).toBe('error.name.empty');
  });
});

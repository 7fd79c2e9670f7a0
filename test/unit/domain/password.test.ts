import { describe, expect, it } from 'vitest';
import { characterKinds, passwordPolicy, validateConfirmation, validatePassword } from '../../../src/domain/password';
import { createPbkdf2Hasher, passwordHashPattern } from '../../../src/domain/passwordHash';

describe('password policy', () => {
  it('is 8 to 128 characters with three of four kinds', () => {
    expect(passwordPolicy).toEqual({ minLength: 8, maxLength: 128, minKinds: 3 });
  });

  it('reports each way a password falls short', () => {
    expect(validatePassword('')).toBe('error.password.empty');
    expect(validatePassword(undefined)).toBe('error.password.empty');
    expect(validatePassword('Ab1!')).toBe('error.password.tooShort');
    expect(validatePassword(`Aa1${'x'.repeat(126)}`)).toBe('error.password.tooLong');
    expect(validatePassword('abcdefgh1')).toBe('error.password.tooSimple');
    expect(validatePassword('Contoso2016')).toBeUndefined();
    expect(validatePassword('correct horse 7')).toBeUndefined();
    expect(validatePassword('  Aa1   ')).toBeUndefined(); // taken as typed, spaces count
  });

  it('counts kinds of character in any script', () => {
    expect(characterKinds('abC1')).toBe(3);
    expect(characterKinds('パスワード')).toBe(1);
    expect(characterKinds('Ωmega9!')).toBe(4);
  });

  it('checks the confirmation', () => {
    expect(validateConfirmation('Contoso2016', '')).toBe('error.confirmPassword.empty');
    expect(validateConfirmation('Contoso2016', null)).toBe('error.confirmPassword.empty');
    expect(validateConfirmation('Contoso2016', 'contoso2016')).toBe('error.confirmPassword.mismatch');
    expect(validateConfirmation('Contoso2016', 'Contoso2016')).toBeUndefined();
  });
});

describe('password hashing (PBKDF2 through Web Crypto)', () => {
  const hasher = createPbkdf2Hasher(1000);

  it('never stores the password and salts every hash', async () => {
    const first = await hasher.hash('Contoso2016');
    const second = await hasher.hash('Contoso2016');
    expect(first).not.toContain('Contoso2016');
    expect(first).toMatch(passwordHashPattern);
    expect(first.startsWith('pbkdf2-sha256$1000$')).toBe(true);
    expect(first).not.toBe(second);
  });

  it('verifies the right password only', async () => {
    const stored = await hasher.hash('Contoso2016');
    expect(await hasher.verify('Contoso2016', stored)).toBe(true);
    expect(await hasher.verify('Contoso2017', stored)).toBe(false);
    expect(await createPbkdf2Hasher().verify('Contoso2016', stored)).toBe(true); // the count travels with the hash
  });

  it('uses 10,000 iterations by default', async () => {
    expect(await createPbkdf2Hasher().hash('x')).toMatch(/^pbkdf2-sha256\$10000\$/);
  });

  it.each(['', 'plain', 'md5$1$a$b', 'pbkdf2-sha256$0$c2FsdA==$aGFzaA==', 'pbkdf2-sha256$x$c2FsdA==$aGFzaA==', 'pbkdf2-sha256$1$$aGFzaA==', 'pbkdf2-sha256$1$%%%$aGFzaA=='])(
    'treats the damaged hash %j as no match',
    async (stored) => expect(await hasher.verify('Contoso2016', stored)).toBe(false),
  );
});

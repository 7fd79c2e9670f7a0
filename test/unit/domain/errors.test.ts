import { describe, expect, it } from 'vitest';
import { collectErrors, errorKeys, fail, formError, noticeKeys, portalKeys } from '../../../src/domain/errors';

describe('error keys', () => {
  it('are unique, dotted dictionary keys', () => {
    expect(new Set(portalKeys).size).toBe(portalKeys.length);
    for (const key of errorKeys) expect(key).toMatch(/^error\.[a-zA-Z]+\.[a-zA-Z]+$/);
    for (const key of noticeKeys) expect(key).toMatch(/^notice\.[a-zA-Z]+\.[a-zA-Z]+$/);
  });

  it('cover every field error the issue lists', () => {
    const required = [
      'error.email.empty',
      'error.email.malformed',
      'error.email.tooLong',
      'error.agreementNumber.format',
      'error.password.tooShort',
      'error.confirmPassword.mismatch',
      'error.email.duplicateRow',
      'error.email.alreadyUser',
      'error.roles.notAssignable',
      'error.country.unknown',
    ];
    for (const key of required) expect(errorKeys).toContain(key);
  });

  it('collects only the fields that have an error', () => {
    expect(collectErrors({ email: undefined, name: undefined })).toBeUndefined();
    expect(collectErrors({ email: 'error.email.empty', name: undefined })).toEqual({ email: 'error.email.empty' });
    expect(fail({ name: 'error.name.empty' })).toEqual({ ok: false, errors: { name: 'error.name.empty' } });
    expect(formError('error.auth.forbidden')).toEqual({ ok: false, errors: { form: 'error.auth.forbidden' } });
  });
});

import { describe, expect, it } from 'vitest';
import * as form from '../../src/machines/form';
import { blankRow, isRow, rowPath, toggled, withoutRow, type InviteValues } from '../../src/machines/inviteRows';
import { agreementNumberOf, taskValues } from '../../src/flows/partner-console/partnerForms';
import { permissionsShownFor, sessionMay, sessionMayAssign, userRoles } from '../../src/machines/session';
import { accepted, asFormError, PortalRefusal, refusalKey, refusalOf } from '../../src/machines/portalCall';

describe('portalCall', () => {
  it('answers an accepted payload and rejects a refusal with its keys', async () => {
    await expect(accepted(Promise.resolve({ ok: true as const, notice: 'x' }))).resolves.toEqual({ ok: true, notice: 'x' });
    const refusal = await accepted(Promise.resolve({ ok: false as const, errors: { form: 'error.auth.signedOut' as const } })).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(PortalRefusal);
    expect(refusalOf(refusal)).toEqual({ form: 'error.auth.signedOut' });
    expect(refusalKey(refusal)).toBe('error.auth.signedOut');
    expect(refusalOf(new TypeError('x'))).toEqual({ form: 'error.input.invalid' });
    expect(asFormError({ domain: 'error.domain.unknown' })).toEqual({ form: 'error.domain.unknown' });
    expect(asFormError({})).toEqual({});
  });
});

describe('form', () => {
  const validate: form.Validate<{ a: string }> = (values) => (values.a === '' ? { a: 'error.name.empty', form: 'error.rows.empty' } : {});
  it('shows nothing when an unchanged field is left; a changed field’s error once it is left, then live', () => {
    const fresh = form.freshForm({ a: '' }, validate);
    expect(form.blurred(fresh, 'a', validate).errors).toEqual({}); // Tab past an empty field
    const typing = form.changed(fresh, { a: 'x' }, 'a', validate);
    const emptied = form.changed(typing, { a: '' }, 'a', validate);
    expect(emptied.errors).toEqual({}); // still in the field
    const left = form.blurred(emptied, 'a', validate);
    expect(left.errors).toEqual({ a: 'error.name.empty' });
    expect(form.changed(left, { a: 'y' }, 'a', validate).errors).toEqual({}); // fixed while typing
    expect(form.checked(fresh, validate).errors).toEqual({ a: 'error.name.empty', form: 'error.rows.empty' }); // a submit attempt
    expect(form.picked(fresh, { a: '' }, 'a', validate).errors).toEqual({ a: 'error.name.empty' }); // a choice is whole at once
  });

  it('shows live errors of shown fields over the store’s refusals', () => {
    const fresh = form.freshForm({ a: '' }, validate);
    expect(fresh.errors).toEqual({});
    const refused = form.refused(fresh, { b: 'error.email.alreadyUser', form: 'error.store.writeFailed' }, validate);
    expect(refused.errors).toEqual({ b: 'error.email.alreadyUser', form: 'error.store.writeFailed' });
    const changed = form.blurred(form.changed(refused, { a: '' }, 'a', validate), 'a', validate);
    expect(changed.errors).toEqual({ a: 'error.name.empty', b: 'error.email.alreadyUser' });
    expect(form.checked(changed, validate).errors).toMatchObject({ form: 'error.rows.empty' });
    expect(form.submitted(refused, validate).errors).toEqual({});
    expect(form.isValid({ a: 'x' }, validate)).toBe(true);
    expect(form.textOf(3)).toBe('');
  });
});

describe('inviteRows', () => {
  it('renumbers paths when a row goes, keeping form-wide ones', () => {
    const values: InviteValues = { rows: [blankRow(null), blankRow(null), blankRow(null)] };
    const before = { values, dirty: [rowPath(2, 'email')], shown: [rowPath(0, 'email'), rowPath(2, 'name'), 'form'], checked: false, refused: { 'rows.1.email': 'error.email.alreadyUser', 'rows.2.email': 'error.email.alreadyInvited', form: 'error.store.writeFailed' } as const, errors: {} };
    const after = withoutRow(before, 1);
    expect(after.values.rows).toHaveLength(2);
    expect(after.shown).toEqual(['rows.0.email', 'rows.1.name', 'form']);
    expect(after.dirty).toEqual(['rows.1.email']);
    expect(after.refused).toEqual({ 'rows.1.email': 'error.email.alreadyInvited', form: 'error.store.writeFailed' });
    expect(blankRow(null)).toEqual({ email: '', name: '', preferredLanguage: '', country: '', roles: [] });
    expect(toggled(['report-viewer'], 'account-administrator')).toEqual(['account-administrator', 'report-viewer']);
    expect([isRow([1], 0), isRow([1], 1), isRow([1], '0'), isRow([1], -1)]).toEqual([true, false, false, false]);
  });
});

describe('session', () => {
  it('grants nothing to nobody', () => {
    expect([userRoles(null), sessionMay(null, 'users.view'), sessionMayAssign(undefined, 'report-viewer')]).toEqual([[], false, false]);
  });

  it('shows what a role allows from the domain’s table', () => {
    expect(permissionsShownFor('account-viewer')).not.toContain('users.manage');
    expect(permissionsShownFor('user-administrator')).toEqual(expect.arrayContaining(['users.view', 'users.invite', 'users.manage']));
  });
});

describe('partnerForms', () => {
  it('opens a task empty, language included, keeping the agreement number', () => {
    expect(agreementNumberOf(null)).toBe('');
    expect(taskValues({ agreementNumber: '1', name: 'a', email: 'b', preferredLanguage: 'ja' })).toEqual({ agreementNumber: '1', name: '', email: '', preferredLanguage: '' });
  });
});

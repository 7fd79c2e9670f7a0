import { describe, expect, it } from 'vitest';
import { assignmentRuleFor } from '../../../src/domain/roles';
import { locales } from '../../../src/i18n/locales';
import { simTranslations } from '../../../src/i18n/sim';
import { assignmentRuleText, profileRolesNotes } from '../../../src/islands/parts/assignmentRule';

/** The sentence a person holding `roles` reads beside the role boxes. */
const said = (roles: Parameters<typeof assignmentRuleFor>[0], locale: (typeof locales)[number] = 'en') =>
  assignmentRuleText(assignmentRuleFor(roles), simTranslations(locale), locale);

describe('the assignment rule, said in the signed-in person’s terms', () => {
  it('en: one sentence per inviter role, naming the roles', () => {
    expect(said(['account-administrator'])).toBe('Your Account administrator role lets you assign any role.');
    expect(said(['user-administrator', 'report-viewer'])).toBe('Your User administrator role lets you assign any role except Account administrator.');
    expect(said(['agreement-administrator'])).toBe('Your Agreement administrator role lets you assign only these roles: Agreement administrator, Report viewer, and Account viewer.');
    expect(said(['account-viewer'])).toBeUndefined();
  });

  it.each(locales)('%s: the role names are the dictionary’s, and no placeholder is left', (locale) => {
    const t = simTranslations(locale);
    const agreement = said(['agreement-administrator'], locale) ?? '';
    for (const role of ['agreement-administrator', 'report-viewer', 'account-viewer'] as const) expect(agreement).toContain(t(`role.${role}`));
    expect(agreement).not.toContain(t('role.user-administrator'));
    expect(said(['user-administrator'], locale)).toContain(t('role.account-administrator'));
    for (const sentence of [agreement, said(['user-administrator'], locale), said(['account-administrator'], locale)]) expect(sentence).not.toMatch(/\{\w+\}/);
  });

  it('My profile: the purchasing account administrator is told they started as Account administrator, then their rule', () => {
    const t = simTranslations('en');
    const harry = profileRolesNotes({ isPurchasingAccountAdministrator: true }, assignmentRuleFor(['account-administrator']), t, 'en');
    expect(harry).toEqual([
      'As the purchasing account administrator named in the agreement, you started with the Account administrator role.',
      'Your Account administrator role lets you assign any role.',
    ]);
    expect(profileRolesNotes({ isPurchasingAccountAdministrator: false }, assignmentRuleFor(['report-viewer']), t, 'en')).toEqual([]);
  });
});

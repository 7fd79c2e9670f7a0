import { purchasingAdministratorRole, type AssignmentGrant } from '../../domain/roles';
import type { Locale } from '../../i18n/locales';
import type { SimTranslate } from '../../i18n/sim';
import { formatList } from '../../i18n/sim/intl';

/**
 * The domain's assignment rule (`assignmentRuleFor`, through `assignmentRuleShownFor`) as one
 * sentence in the signed-in person's terms, roles named by their dictionary names: "Your User
 * administrator role lets you assign any role except Account administrator." Only wording here:
 * which roles, and from which of theirs, is the domain's answer.
 */
export function assignmentRuleText(held: AssignmentGrant | undefined, t: SimTranslate, locale: Locale): string | undefined {
  if (!held) return undefined;
  const role = t(`role.${held.role}`);
  const { rule } = held;
  if (rule.kind === 'any') return t('roles.rule.any', { role });
  const roles = formatList(rule.roles.map((other) => t(`role.${other}`)), locale);
  return t(rule.kind === 'anyBut' ? 'roles.rule.anyBut' : 'roles.rule.only', { role, roles });
}

/**
 * What My profile says under the roles: that the purchasing account administrator started with
 * Account administrator (the domain's `purchasingAdministratorRole`), and the person's rule.
 */
export function profileRolesNotes(
  user: { readonly isPurchasingAccountAdministrator: boolean },
  held: AssignmentGrant | undefined,
  t: SimTranslate,
  locale: Locale,
): string[] {
  const started = user.isPurchasingAccountAdministrator ? t('roles.rule.purchasingAdministrator', { role: t(`role.${purchasingAdministratorRole}`) }) : undefined;
  return [started, assignmentRuleText(held, t, locale)].filter((note): note is string => note !== undefined);
}

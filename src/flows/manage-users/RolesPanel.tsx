import { useState } from 'react';
import { roleIds, type RoleId } from '../../domain/roles';
import type { Locale } from '../../i18n/locales';
import { formatList } from '../../i18n/sim/intl';
import { permissionsShownFor } from '../../machines/session';
import { panelTranslations } from '../../i18n/panels';
import { simTranslations } from '../../i18n/sim/client';
import type { SimTranslate } from '../../i18n/sim';
import type { PanelTranslate } from '../../i18n/panels';
import { ManageUsers } from './ManageUsers';
import { SelectField } from '../../islands/parts/Field';
import { PanelFrame, WhenSignedIn } from '../../islands/panels/PanelFrame';
import { useChangeSince } from '../../islands/panels/useChangeSince';

/** `roles`: Manage users with the roles editor, and what each role may do. */
export default function RolesPanel({ locale }: { locale: Locale }) {
  const t = simTranslations(locale);
  const tp = panelTranslations(locale);
  const useOutcome = () =>
    useChangeSince(
      (portal) => portal.listUsers(),
      (first, now) => {
        if (!first.ok || !now.ok) return undefined;
        const before = new Map(first.users.map((user) => [user.id, user.roles.join()]));
        const changed = now.users.filter((user) => before.has(user.id) && before.get(user.id) !== user.roles.join()).at(-1);
        return changed && tp('panel.roles.changed', { name: changed.name, roles: formatList(changed.roles.map((role) => t(`role.${role}`)), locale) });
      },
      (answer) => answer.ok,
    );
  return (
    <PanelFrame section="roles" locale={locale} t={t} tp={tp} useOutcome={useOutcome}>
      <RoleAllows locale={locale} t={t} tp={tp} />
      <WhenSignedIn t={t} formId="try-roles-signin">{() => <ManageUsers locale={locale} t={t} />}</WhenSignedIn>
    </PanelFrame>
  );
}

/** What a role may do, shown from the same permissions table the simulated portal enforces (`permissionsShownFor`: display only). */
function RoleAllows({ locale, t, tp }: { locale: Locale; t: SimTranslate; tp: PanelTranslate }) {
  const [role, setRole] = useState<RoleId>('report-viewer');
  const allowed = permissionsShownFor(role).map((permission) => tp(`permission.${permission}`));
  return (
    <div className="sim-screen try-it-roles">
      <SelectField id="try-roles-role" label={tp('panel.roles.pick')} value={role} onChange={(value) => setRole(value as RoleId)}
        options={roleIds.map((id) => ({ value: id, label: t(`role.${id}`) }))} />
      <p id="try-roles-allows">{tp('panel.roles.allows', { role: t(`role.${role}`), permissions: formatList(allowed, locale) })}</p>
    </div>
  );
}

import { describe, expect, it } from 'vitest';
import { lint } from './lintText';

// ESLint's first run loads every plugin and the type-aware config (about 4 s here, longer on a busy machine).
describe('the layers of src/, as npm run lint checks them', { timeout: 30_000 }, () => {
  it.each([
    ['src/domain/languages.ts', "import { locales } from '../i18n/locales';\nexport const all = locales;\n", 'The domain imports only the domain'],
    ['src/domain/commands/inviteUser.ts', "import { getPortal } from '../../store';\nexport const portal = getPortal;\n", 'The domain imports only the domain'],
    ['src/store/seed.ts', "import { example } from '../guide/exampleData';\nexport const seed = example;\n", 'The store never imports the guide'],
    ['src/store/backends/memory.ts', "import { simTranslations } from '../../i18n/sim';\nexport const t = simTranslations;\n", 'The store never imports the guide'],
    ['src/islands/SignIn.tsx', "import { signIn } from '../domain/commands/signIn';\nexport const go = signIn;\n", 'Views change portal data through machines'],
    ['src/islands/panels/DomainsPanel.tsx', "import { associateDomain } from '../../domain/commands';\nexport const go = associateDomain;\n", 'Views change portal data through machines'],
    ['src/flows/associate-domain/Domains.tsx', "import { associateDomain } from '../../domain/commands';\nexport const go = associateDomain;\n", 'Views change portal data through machines'],
    // Per kind of file (src/flows/README.md): a screen runs no machine and reads no store; a machine knows no view.
    ['src/flows/associate-domain/DomainsScreen.tsx', "import { getPortal } from '../../store';\nexport const portal = getPortal;\n", 'A screen imports no store'],
    ['src/flows/associate-domain/DomainsScreen.tsx', "import { associateDomainMachine } from './associateDomainMachine';\nexport const m = associateDomainMachine;\n", 'A screen imports no machine'],
    ['src/flows/manage-users/EditRolesScreen.tsx', "import { sessionMay } from '../../machines/session';\nexport const may = sessionMay;\n", 'A screen imports no machine'],
    ['src/islands/screens/UserMenu.tsx', "import { useMachine } from '@xstate/react';\nexport const use = useMachine;\n", 'A screen imports no machine'],
    ['src/islands/screens/DashboardScreen.tsx', "import { usePortalData } from '../parts/hooks';\nexport const use = usePortalData;\n", 'A screen imports no machine'],
    ['src/flows/associate-domain/associateDomainMachine.ts', "import { DomainsScreen } from './DomainsScreen';\nexport const s = DomainsScreen;\n", 'A machine imports no view'],
    ['src/flows/sign-in/signInMachine.ts', "import { useState } from 'react';\nexport const s = useState;\n", 'A machine imports no view'],
    ['src/machines/form.ts', "import { Notice } from '../islands/parts/Notice';\nexport const n = Notice;\n", 'A machine imports no view'],
    ['src/practice/scenarios/workAccount.ts', "import { SignIn } from '../../islands/SignIn';\nexport const view = SignIn;\n", 'Practice scenarios import only'],
    ['src/practice/attempt.ts', "import { simTranslations } from '../i18n/sim';\nexport const t = simTranslations;\n", 'Practice scenarios import only'],
    ['src/practice/start.ts', "import { createSeed } from '../store/seed';\nexport const seed = createSeed;\n", 'Practice scenarios import only'],
    ['src/practice/scenario.ts', "import { loadGuide } from '../guide/loadGuide';\nexport const guide = loadGuide;\n", 'Practice scenarios import only'],
  ])('%s: an upward import fails', async (filePath, code, rule) => {
    // The folder order (folderOrder.test.ts) refuses most of these too; here, the layer's own rule.
    const messages = (await lint(filePath, code)).filter((message) => message.startsWith('no-restricted-imports'));
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain(`no-restricted-imports: '`);
    expect(messages[0]).toContain(rule);
  });

  it.each([
    ['src/domain/languages.ts', "import { locales } from '../config/locales';\nimport { text } from './text';\nexport const all = [locales, text];\n"],
    ['src/domain/commands/inviteUser.ts', "import { validateLanguage } from '../languages';\nimport { example } from '../../config/exampleData';\nexport const all = [validateLanguage, example];\n"],
    ['src/store/seed.ts', "import { example } from '../config/exampleData';\nimport { issueInvitation } from '../domain/commands/issueInvitation';\nexport const all = [example, issueInvitation];\n"],
    ['src/islands/SignIn.tsx', "import { validateEmailFormat } from '../domain/email';\nimport { getPortal } from '../store';\nexport const all = [validateEmailFormat, getPortal];\n"],
    ['src/practice/scenarios/workAccount.ts', "import type { PortalApi } from '../../store/portalApi';\nimport { isSectionId } from '../../config/sectionIds';\nimport { example } from '../../config/exampleData';\nimport { refusalOf } from '../../machines/portalCall';\nexport const all = [isSectionId, example, refusalOf, {} as PortalApi];\n"],
    ['src/flows/manage-users/ManageUsersScreen.tsx', "import type { UserView } from '../../store/viewTypes';\nimport { Notice } from '../../islands/parts/Notice';\nexport const all = [Notice, {} as UserView];\n"],
    ['src/flows/invite-users/inviteUsersMachine.ts', "import { setup } from 'xstate';\nimport { validateInviteRows } from '../../domain/commands/inviteUsers';\nimport { accepted } from '../../machines/portalCall';\nimport type { PortalApi } from '../../store';\nexport const all = [setup, validateInviteRows, accepted, {} as PortalApi];\n"],
  ])('%s: imports down or sideways pass', async (filePath, code) => {
    expect(await lint(filePath, code)).toEqual([]);
  });

  it('a hook called inside a callback in an island fails (react-hooks)', async () => {
    const code = "import { useState } from 'react';\nexport function Panel() {\n  const make = () => useState(0);\n  return make;\n}\n";
    expect(await lint('src/islands/panels/Panel.tsx', code)).toEqual([expect.stringContaining('react-hooks/rules-of-hooks')]);
  });
});

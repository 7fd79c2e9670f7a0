import { roleIds } from '../../domain/roles';
import { example } from '../../guide/exampleData';
import { simTranslations } from '../../i18n/sim';
import { inert, type FigureScreen } from '../figureParts';
import { EditRolesScreen } from './EditRolesScreen';

/** A colleague's roles being changed (the least-role scenario's answer: `test/unit/components/rolesFigure.test.ts`). */
export const figures = {
  'roles-editor': {
    caption: 'figure.roles.caption',
    kind: 'screen',
    path: ['portal.account', 'portal.manageAccess', 'users.heading'],
    render: (locale) => (
      <EditRolesScreen t={simTranslations(locale)} name={example.colleagueName} errors={{}} busy={false} saved={false}
        choices={roleIds.map((role) => ({ role, checked: role === 'account-viewer', locked: false }))} onToggle={inert} onSubmit={inert} onClose={inert} />
    ),
  },
} as const satisfies Record<string, FigureScreen>;

import type { ReactElement } from 'react';
import { describe, expect, it } from 'vitest';
import { figureScreens } from '../../../src/components/figureScreens';
import { locales } from '../../../src/i18n/locales';
import { leastRoleForReports } from '../../../src/practice/scenarios/leastRoleForReports';

type Choices = { choices: readonly { role: string; checked: boolean }[] };

/**
 * The `/roles/` figure shows Mina's roles being changed. A trainee who copies it into the
 * least-role scenario must pass it, not fail: the ticked role is the least role that shows reports.
 */
describe('the roles figure', () => {
  it.each(locales)('%s: ticks only the role the least-role scenario expects', (locale) => {
    const figure = figureScreens['roles-editor'].render(locale) as ReactElement<Choices>;
    expect(figure.props.choices.filter((choice) => choice.checked).map((choice) => choice.role)).toEqual([leastRoleForReports]);
  });
});

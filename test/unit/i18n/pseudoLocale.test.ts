// The pseudo-locale the recipe test adds (scripts/pseudo-locale/): its text must be unmistakably
// not English and longer, yet keep what code reads (placeholders, markup, JSX, ids, links).
import { describe, expect, it } from 'vitest';
import { pseudoPage } from '../../../scripts/pseudo-locale/addLocale.mjs';
import { pseudoText } from '../../../scripts/pseudo-locale/pseudoText.mjs';

describe('pseudo-localization', () => {
  it('accents, lengthens by about 40% and brackets text, keeping placeholders, tags and addresses', () => {
    const text = pseudoText('Sign in as {name} with <b>harry@contoso.com</b>');
    expect(text).toMatch(/^\[Šîĝñ îñ åš \{name\} ŵîţĥ <b>harry@contoso\.com<\/b> [· ]+\]$/);
    expect(text.length).toBeGreaterThanOrEqual(Math.round('Sign in as {name} with <b>harry@contoso.com</b>'.length * 1.4));
    expect(pseudoText(' — ')).toBe(' — ');
  });

  it('changes only the text nodes of a page: components, props, heading ids, links and code stay', () => {
    const page = pseudoPage(
      '---\ntitle: Roles\nrevision: 3\norder: 4\n---\n\n## About roles {#roles}\n\nChoose <Label of="roles.save" /> and see [the roles](/en/roles/#roles), `code`.\n\n<TryIt section="roles" />\n',
    );
    expect(page).toContain('title: "[Ŕöļéš ··]"\nfollows: 3\norder: 4');
    expect(page).toContain('## \\[Åƀöûţ ŕöļéš ···· ·\\] {#roles}');
    expect(page).toContain('<Label of="roles.save" />');
    expect(page).toContain('](/en/roles/#roles)');
    expect(page).toContain('`code`');
    expect(page).toContain('<TryIt section="roles" />');
    expect(page).not.toMatch(/Choose|About roles/);
  });
});

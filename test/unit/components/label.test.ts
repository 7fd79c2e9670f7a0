import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import Label from '../../../src/components/Label.astro';
import type { Locale } from '../../../src/i18n/locales';
import { simDictionaries } from '../../../src/i18n/sim';

async function render(of: unknown, contentLocale: Locale = 'ja'): Promise<string> {
  const container = await AstroContainer.create();
  return container.renderToString(Label, { props: { of }, locals: { contentLocale } });
}

describe('<Label of=…/>, how a page quotes a portal label', () => {
  it('shows the simulator’s own label in the page’s language', async () => {
    expect(await render('resend.submit')).toContain(`>${simDictionaries.ja['resend.submit']}</strong>`);
    expect(await render('resend.submit', 'en')).toContain('>Submit</strong>');
  });

  it('writes a menu path from its labels', async () => {
    expect(await render(['portal.account', 'portal.manageAccess'], 'en')).toContain('>Account › Manage access</strong>');
  });

  it('fails the build for a label the portal does not have', async () => {
    await expect(render('resend.send')).rejects.toThrow(/no label "resend\.send"/);
  });

  it('refuses a text with placeholders, which is a sentence, not a label', async () => {
    await expect(render('users.edit')).rejects.toThrow(/placeholders/);
  });
});

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
  it('shows the simulator’s own label in the page’s language, quoted as the language quotes labels', async () => {
    // Plain weight in Chinese and Japanese (the marks set the label apart), bold in English.
    expect(await render('resend.submit')).toMatch(new RegExp(`^<span class="portal-label"[^>]*>［${simDictionaries.ja['resend.submit']}］</span>$`));
    expect(await render('resend.submit', 'zh-tw')).toMatch(new RegExp(`^<span class="portal-label"[^>]*>「${simDictionaries['zh-tw']['resend.submit']}」</span>$`));
    expect(await render('resend.submit', 'en')).toMatch(/^<strong class="portal-label"[^>]*>Submit<\/strong>$/);
  });

  it('writes a menu path from its labels, each step quoted in Chinese and Japanese', async () => {
    expect(await render(['portal.account', 'portal.manageAccess'], 'en')).toContain('>Account › Manage access</strong>');
    const { 'portal.account': account, 'portal.manageAccess': manageAccess } = simDictionaries.ja;
    expect(await render(['portal.account', 'portal.manageAccess'])).toContain(`>［${account}］›［${manageAccess}］</span>`);
  });

  it('fails the build for a label the portal does not have', async () => {
    await expect(render('resend.send')).rejects.toThrow(/no label "resend\.send"/);
  });

  it('refuses a text with placeholders, which is a sentence, not a label', async () => {
    await expect(render('users.edit')).rejects.toThrow(/placeholders/);
  });
});

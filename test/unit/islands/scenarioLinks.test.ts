import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { parseScenarioLinks, type ScenarioLinks } from '../../../src/islands/parts/scenarioLinks';
import { IntroCardScreen, IntroScenarioLinks } from '../../../src/islands/screens/IntroCardScreen';
import { simTranslations } from '../../../src/i18n/sim';

/**
 * The simulator's introduction card links to the practice scenarios the page names; a page that
 * names none (a practice page, which shows the same portal) or writes something unreadable gets
 * a card without links, never a broken link.
 */
const links: ScenarioLinks = {
  lead: 'Or take a practice scenario: a short task that sets itself up and checks your work.',
  scenarios: [
    { href: '/en/practice/resend-after-expiry/', title: 'Ask for the invitation again after it expired' },
    { href: '/en/practice/wrong-details/', title: 'See what wrong details get' },
  ],
  all: { href: '/en/practice/', text: 'All 11 practice scenarios' },
};

describe('the introduction card’s practice links', () => {
  it('reads what the page wrote', () => {
    expect(parseScenarioLinks(JSON.stringify(links))).toEqual(links);
  });

  it.each([
    ['nothing', undefined],
    ['an empty attribute', ''],
    ['broken JSON', '{"lead":'],
    ['no list link', JSON.stringify({ ...links, all: undefined })],
    ['a scenario without its address', JSON.stringify({ ...links, scenarios: [{ title: 'Find your own roles' }] })],
    ['an empty lead', JSON.stringify({ ...links, lead: '' })],
    ['a list that is not one', JSON.stringify({ ...links, scenarios: 'resend-after-expiry' })],
  ])('shows no links for %s', (_case, json) => {
    expect(parseScenarioLinks(json)).toBeUndefined();
  });

  it('renders the lead, one link per scenario (a list named by the lead) and the link to all of them, above the hide button', () => {
    const html = renderToStaticMarkup(
      createElement(IntroCardScreen, {
        t: simTranslations('en'),
        person: { name: 'Harry Roldan', email: 'harry@contoso.com', organization: 'Contoso', agreementNumber: '1234567890', purchasingAccountNumber: '5012345678' },
        onHide: () => {},
        scenarioLinks: createElement(IntroScenarioLinks, { links }),
      }),
    );
    expect(html).toContain('<ul aria-labelledby="sim-intro-practice">');
    expect(html).toContain(`<p id="sim-intro-practice">${links.lead}</p>`);
    expect([...html.matchAll(/<li><a href="([^"]+)">([^<]+)<\/a><\/li>/g)].map((match) => [match[1], match[2]])).toEqual(links.scenarios.map((link) => [link.href, link.title]));
    expect(html).toContain('<a href="/en/practice/">All 11 practice scenarios</a>');
    expect(html.indexOf('/en/practice/"')).toBeLessThan(html.indexOf('<button'));
  });
});

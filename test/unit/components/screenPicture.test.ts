import { describe, expect, it } from 'vitest';
import { screenPicture } from '../../../src/components/screenPicture';

const form = [
  '<div class="sim-screen"><h2 tabindex="-1" class="sim-step-heading">Sign up</h2>',
  '<form id="f" novalidate="" aria-busy="false">',
  '<div class="sim-error-summary" role="alert" id="f-summary" tabindex="-1"><a href="#f-email">Email: Enter an address.</a></div>',
  '<div class="sim-field"><label for="f-email">Email</label>',
  '<input id="f-email" name="f-email" type="email" value="harry@contoso.com" aria-invalid="true" aria-describedby="f-email-error"/></div>',
  '<input id="f-password" type="password" value="secret12"/>',
  '<input id="f-fixed" type="email" value="fixed@contoso.com" readonly=""/>',
  '<select id="f-country"><option value="">Choose…</option><option value="US" selected="">United States</option></select>',
  '<select id="f-language"><option value="">Choose…</option><option value="ja">日本語</option></select>',
  '<input type="checkbox" id="f-terms" checked=""/><input type="checkbox" id="f-news"/>',
  '<div class="sim-notice" role="status" aria-live="polite">Sent &amp; done</div>',
  '<button type="submit" class="sim-button" disabled="">Submit</button>',
  '</form><p><a href="#/" aria-current="page">Back</a></p></div>',
].join('');

describe('screenPicture', () => {
  const html = screenPicture(form);

  it('leaves nothing to operate, focus, submit or announce', () => {
    for (const live of ['<form', '<label', '<input', '<select', '<button', '<a ', '<label for', 'tabindex', 'role=', 'aria-live', 'href', ' id=', 'aria-invalid', 'aria-describedby', 'aria-current']) {
      expect(html).not.toContain(live);
    }
  });

  it('shows what each control shows: values, passwords as dots, the chosen option, checkboxes as ☑ and ☐', () => {
    expect(html).toContain('<span class="sim-figure-input">harry@contoso.com</span>');
    expect(html).toContain('<span class="sim-figure-input">••••••••</span>');
    expect(html).toContain('<span class="sim-figure-input sim-figure-readonly">fixed@contoso.com</span>');
    expect(html).toContain('<span class="sim-figure-input sim-figure-select">United States</span>');
    expect(html).toContain('<span class="sim-figure-input sim-figure-select">Choose…</span>');
    expect(html).toContain('<span class="sim-figure-check">☑</span><span class="sim-figure-check">☐</span>');
  });

  it('keeps the texts and the simulator look: headings, buttons and links become styled text', () => {
    expect(html).toContain('<p class="sim-step-heading sim-figure-heading sim-figure-h2">Sign up</p>');
    expect(html).toContain('<span class="sim-button sim-figure-button">Submit</span>');
    expect(html).toContain('<span class="sim-figure-link">Back</span>');
    expect(html).toContain('<span class="sim-figure-link">Email: Enter an address.</span>');
    expect(html).toContain('<span class="sim-figure-label">Email</span>');
    expect(html).toContain('Sent &amp; done');
  });

  it('keeps an empty field its box', () => {
    expect(screenPicture('<input type="text" value=""/>')).toBe('<span class="sim-figure-input">&#160;</span>');
  });
});

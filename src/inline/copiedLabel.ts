/**
 * Shows "Copied" on a copy button's visible label for two seconds, then its own words again: a
 * sighted partner sees that the click worked (the page's status line says it to screen readers).
 */
export function showCopied(label: HTMLElement, copied: string): void {
  const own = label.dataset['label'] ?? label.textContent ?? '';
  label.dataset['label'] = own;
  label.textContent = copied;
  clearTimeout(Number(label.dataset['timer']));
  label.dataset['timer'] = String(setTimeout(() => (label.textContent = own), 2000));
}

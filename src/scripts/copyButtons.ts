/**
 * Copy buttons (`data-copy`): shown only where the script runs, they put their text on the
 * clipboard and say so in the page's polite live region (or, refused, say how to copy by hand).
 * Small enough to ride inline on a reading page, under the site's 1 KB inline-script limit.
 */
export function wireCopyButtons(): void {
  const said = document.createElement('p');
  said.className = 'visually-hidden';
  said.setAttribute('role', 'status');
  document.body.append(said);
  for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
    button.hidden = false;
    button.addEventListener('click', () => {
      const { copy = '', copied = '', copyFailed = '' } = button.dataset;
      // No clipboard outside a secure context (http:// on another host): say how to copy instead.
      (navigator.clipboard?.writeText(copy) ?? Promise.reject(new Error('no clipboard'))).then(
        () => (said.textContent = copied),
        () => (said.textContent = copyFailed),
      );
    });
  }
}

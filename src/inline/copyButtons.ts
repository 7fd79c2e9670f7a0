import { showCopied } from './copiedLabel';
import { copyText } from './clipboard';

/**
 * Copy buttons (`data-copy`): shown only where the script runs, they put their text on the
 * clipboard, show "Copied" on the button for a moment (`data-copied-label`) and say so in the
 * page's polite live region (or, refused, say how to copy by hand).
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
      const { copy = '', copied = '', copyFailed = '', copiedLabel = '' } = button.dataset;
      copyText(copy).then(
        () => {
          said.textContent = copied;
          const label = button.querySelector<HTMLElement>('[data-copy-label]') ?? button;
          showCopied(label, copiedLabel);
        },
        () => (said.textContent = copyFailed),
      );
    });
  }
}

import type { Locator } from '@playwright/test';

/**
 * The lines a block of text is laid out in, as the browser broke them: the text of each line,
 * read character by character from the layout (a Range per character; a new line starts where
 * a character's box is lower than the one before). For checks of line breaking on a phone.
 */
export async function laidOutLines(block: Locator): Promise<string[][]> {
  return block.evaluateAll((elements) =>
    elements.map((element) => {
      const lines: string[] = [];
      let top = -Infinity;
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      const range = document.createRange();
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? '';
        for (let i = 0; i < text.length; i += 1) {
          range.setStart(node, i);
          range.setEnd(node, i + 1);
          const rect = [...range.getClientRects()].find((r) => r.width > 0);
          if (!rect) continue;
          if (rect.top > top + rect.height / 2) {
            lines.push('');
            top = rect.top;
          }
          lines[lines.length - 1] = `${lines.at(-1) ?? ''}${text.charAt(i)}`;
        }
      }
      return lines.map((line) => line.trim()).filter((line) => line !== '');
    }),
  );
}

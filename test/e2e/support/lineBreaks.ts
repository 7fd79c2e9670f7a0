import type { Page } from '@playwright/test';

/** An element's text, its language, and where its lines break as laid out (offsets into the text). */
export interface LaidOutText {
  readonly text: string;
  readonly lang: string;
  readonly breaks: readonly number[];
}

/**
 * Every visible element matching `selector` (the outermost, when they nest) and its line breaks:
 * a Range per character, a new line where a character's box is lower than the one before.
 * Offsets count in the element's `textContent`. Text drawn elsewhere (a visually hidden note,
 * a box of 1 px) is left out.
 */
export function laidOutTexts(page: Page, selector: string): Promise<LaidOutText[]> {
  return page.evaluate((selector) => {
    const elements = [...document.querySelectorAll<HTMLElement>(selector)].filter(
      (element) => element.checkVisibility() && !element.parentElement?.closest(selector),
    );
    return elements.map((element) => {
      const breaks: number[] = [];
      let offset = 0;
      let top: number | undefined;
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      const range = document.createRange();
      for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
        const drawn = (node.parentElement?.getBoundingClientRect().width ?? 0) > 1;
        for (let i = 0; drawn && i < node.data.length; i += 1) {
          range.setStart(node, i);
          range.setEnd(node, i + 1);
          const rect = [...range.getClientRects()].find((r) => r.width > 0);
          if (!rect) continue;
          if (top !== undefined && rect.top > top + rect.height / 2) breaks.push(offset + i);
          if (top === undefined || rect.top > top + rect.height / 2) top = rect.top;
        }
        offset += node.data.length;
      }
      return { text: element.textContent ?? '', lang: element.closest('[lang]')?.getAttribute('lang') ?? '', breaks };
    });
  }, selector);
}

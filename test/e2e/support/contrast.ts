import type { Locator } from '@playwright/test';

/** What a piece of text is drawn in, and how well it reads. */
export interface TextContrast {
  text: string;
  /** Against the background painted behind it (the nearest ancestor's, composited), when backgrounds print. */
  onBackground: number;
  /** Against the paper, when the browser leaves backgrounds out (its default when printing). */
  onPaper: number;
}

/**
 * The WCAG contrast ratio of every element's own text within `scope` (each element with a
 * non-blank text node of its own that is rendered), from getComputedStyle: its colour against
 * the background behind it (the first ancestor with a background, alpha composited over
 * white) and against white paper. Colours must be `rgb()`/`rgba()`, as Chromium reports sRGB.
 */
export async function textContrasts(scope: Locator): Promise<TextContrast[]> {
  return scope.evaluateAll((roots) => {
    type Rgba = [number, number, number, number];
    const parse = (value: string): Rgba => {
      const parts = /rgba?\(([^)]*)\)/.exec(value)?.[1]?.split(/[\s,/]+/).filter(Boolean).map(Number);
      if (!parts || parts.length < 3) throw new Error(`not an sRGB colour: ${value}`);
      return [parts[0]!, parts[1]!, parts[2]!, parts[3] ?? 1];
    };
    const over = (top: Rgba, below: Rgba): Rgba => {
      const a = top[3];
      return [0, 1, 2].map((i) => top[i]! * a + below[i]! * (1 - a)).concat(1) as Rgba;
    };
    const luminance = ([r, g, b]: Rgba) => {
      const channel = (c: number) => ((c /= 255) <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
      return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
    };
    const ratio = (a: Rgba, b: Rgba) => {
      const [l1, l2] = [luminance(a), luminance(b)].sort((x, y) => y - x);
      return Math.round(((l1! + 0.05) / (l2! + 0.05)) * 100) / 100;
    };
    const white: Rgba = [255, 255, 255, 1];
    const backgroundOf = (element: Element): Rgba => {
      const layers: Rgba[] = [];
      for (let at: Element | null = element; at; at = at.parentElement) {
        const layer = parse(getComputedStyle(at).backgroundColor);
        if (layer[3] > 0) layers.push(layer);
        if (layer[3] === 1) break;
      }
      return layers.reduceRight<Rgba>((below, layer) => over(layer, below), white);
    };
    const found: { text: string; onBackground: number; onPaper: number }[] = [];
    for (const root of roots) {
      for (const element of [root, ...root.querySelectorAll('*')]) {
        const own = [...element.childNodes].filter((node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim() !== '');
        if (own.length === 0 || element.getClientRects().length === 0) continue;
        const style = getComputedStyle(element);
        if (style.visibility === 'hidden' || Number(style.opacity) === 0) continue;
        const background = backgroundOf(element);
        const color = over(parse(style.color), background);
        const onPaper = over(parse(style.color), white);
        found.push({ text: own.map((node) => node.textContent!.trim()).join(' ').slice(0, 40), onBackground: ratio(color, background), onPaper: ratio(onPaper, white) });
      }
    }
    return found;
  });
}

// textlint-plugin-mdx, taught our one extension to MDX: a heading's stable id, `## Title {#id}`,
// which Astro's Markdown processor reads (headingAttributes) but the MDX parser takes for a
// broken JavaScript expression, failing the whole page. The id is blanked out with spaces
// before parsing, so every reported line and column still points into the real file.
import mdxModule from 'textlint-plugin-mdx';

// A CommonJS build exporting `default`: Node hands us module.exports, Vite its `default`.
const mdx = 'Processor' in mdxModule ? mdxModule : /** @type {{ default: typeof mdxModule }} */ (mdxModule).default;

const headingId = /^(#{1,6}[ \t].*?)[ \t]*\{#[A-Za-z0-9_-]+\}[ \t]*$/gm;

/** @param {string} text an MDX page @returns {string} the same page, heading ids blanked out */
export function blankHeadingIds(text) {
  return text.replace(headingId, (line, heading) => heading + ' '.repeat(line.length - heading.length));
}

class GuideMdxProcessor extends mdx.Processor {
  /** @param {string} extension */
  processor(extension) {
    const { preProcess, postProcess } = super.processor(extension);
    return {
      preProcess: (/** @type {string} */ text, /** @type {string | undefined} */ filePath) => preProcess(blankHeadingIds(text), filePath),
      postProcess,
    };
  }
}

/** Stands in for textlint-plugin-mdx (`plugins: [mdx]` in prose/textlintrc.*.yml). */
export const guideMdxPlugin = { Processor: GuideMdxProcessor };

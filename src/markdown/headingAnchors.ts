import { fileURLToPath } from 'node:url';
import type { HastPluginDefinition, PluginFactoryContext } from 'satteri';
import { useTranslations } from '../i18n';
import { defaultLocale, isLocale } from '../i18n/locales';

/** `content/<locale>/…`: the locale folder a content file lives in. */
function localeOfFile(fileURL: URL | undefined) {
  const match = fileURL ? /[\\/]content[\\/]([^\\/]+)[\\/]/.exec(fileURLToPath(fileURL)) : null;
  return isLocale(match?.[1]) ? match[1] : defaultLocale;
}

/**
 * Gives every h2 and h3 that has an explicit id (`## Title {#id}`) a visible link to itself,
 * so readers and partners can copy a section's address. The link's text is its localized
 * aria-label, whose dictionary string places the title (Chinese and Japanese join them with a
 * full-width colon). The icon comes from CSS, which keeps the heading's own text (used by the
 * table of contents and by search) unchanged.
 */
export function headingAnchors(context: PluginFactoryContext): HastPluginDefinition {
  const t = useTranslations(localeOfFile(context.fileURL));
  return {
    name: 'heading-anchors',
    element: {
      filter: ['h2', 'h3'],
      visit(node, ctx) {
        const id = node.properties?.['id'];
        if (typeof id !== 'string') return;
        ctx.appendChild(node, {
          type: 'element',
          tagName: 'a',
          properties: { className: ['heading-anchor'], href: `#${id}`, ariaLabel: t('heading.anchor', { title: ctx.textContent(node) }) },
          children: [],
        });
      },
    },
  };
}

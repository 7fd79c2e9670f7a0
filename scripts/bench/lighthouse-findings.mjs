// Why a Lighthouse category scored below 100: the audits that cost points, with their details.

/** Longest text kept for one detail. */
const MAX_TEXT = 160;
/** Items listed per audit. */
const MAX_ITEMS = 3;

/** @param {unknown} value */
const clip = (value) => {
  const text = String(value).replace(/\s+/g, ' ').trim();
  return text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT - 1)}…` : text;
};

/**
 * A short line for one item of an audit's details table (null for nested blocks).
 * @param {any} item
 * @returns {string | null}
 */
function describeItem(item) {
  if (typeof item?.type === 'string') return null; // a nested details block (tree, list), not a row
  if (item?.node) return [item.node.selector, item.node.explanation ?? item.node.snippet].filter(Boolean).join(': ');
  if (typeof item?.duration === 'number' && (item.groupLabel || item.url)) return `${item.groupLabel ?? item.url} ${Math.round(item.duration)} ms`;
  if (item?.source?.url) return `${item.source.url}:${item.source.line ?? ''} ${item.description ?? ''}`;
  for (const key of ['description', 'url', 'href', 'source', 'issueType', 'label']) {
    if (typeof item?.[key] === 'string' && item[key]) return item[key];
  }
  return JSON.stringify(item);
}

/**
 * @typedef {object} Finding
 * @property {string} category  Category id.
 * @property {string} id        Audit id (as in lhr.audits).
 * @property {string} title
 * @property {number} score     0-1.
 * @property {number} weight    Weight in the category.
 * @property {string} [displayValue]
 * @property {string[]} details Explanation, then up to MAX_ITEMS items.
 */

/**
 * The scored audits below 1 in each category below 100 (weighted ones first).
 * @param {any} lhr  Lighthouse result.
 * @returns {Finding[]}
 */
export function findings(lhr) {
  /** @type {Finding[]} */
  const found = [];
  for (const [categoryId, category] of Object.entries(lhr.categories ?? {})) {
    if (category.score === null || category.score >= 1) continue;
    const refs = [...category.auditRefs].sort((a, b) => b.weight - a.weight);
    for (const ref of refs) {
      const audit = lhr.audits[ref.id];
      if (!audit || audit.score === null || audit.score >= 1) continue;
      if (['notApplicable', 'manual', 'informative'].includes(audit.scoreDisplayMode)) continue;
      const details = [];
      if (audit.explanation) details.push(clip(audit.explanation));
      if (audit.details?.type === 'checklist') {
        for (const check of Object.values(audit.details.items ?? {})) if (check?.value === false) details.push(clip(check.label));
      }
      const items = Array.isArray(audit.details?.items) && audit.details.type !== 'debugdata' ? audit.details.items : [];
      for (const item of items.slice(0, MAX_ITEMS)) {
        const line = describeItem(item);
        if (line) details.push(clip(line));
      }
      if (items.length > MAX_ITEMS) details.push(`… ${items.length - MAX_ITEMS} more`);
      found.push({ category: categoryId, id: ref.id, title: audit.title, score: audit.score, weight: ref.weight, displayValue: audit.displayValue, details });
    }
  }
  return found;
}

/**
 * Lines for the notes under the table: one per weighted audit, with its details; the
 * unweighted ones (diagnostics, insights: they move no score) on one line per category.
 * @param {string} label  The page, e.g. '/en/'.
 * @param {Finding[]} list
 * @returns {string[]}
 */
export function findingLines(label, list) {
  const lines = [];
  for (const finding of list.filter((item) => item.weight > 0)) {
    const value = finding.displayValue ? ` = ${finding.displayValue}` : '';
    const details = finding.details.length ? `; ${finding.details.join(' | ')}` : '';
    lines.push(`${label} ${finding.category}: \`${finding.id}\` (${finding.title}${value}; score ${Math.round(finding.score * 100)}, weight ${finding.weight})${details}`);
  }
  const unweighted = list.filter((item) => item.weight === 0);
  for (const category of new Set(unweighted.map((item) => item.category))) {
    const ids = unweighted.filter((item) => item.category === category)
      .map((item) => `\`${item.id}\`${item.displayValue ? ` (${item.displayValue})` : ''}${item.details.length ? `: ${item.details.join(' | ')}` : ''}`);
    lines.push(`${label} ${category}, also flagged (unweighted, no effect on the score): ${ids.join('; ')}`);
  }
  return lines;
}

/**
 * Elements that moved (for a Cumulative Layout Shift below full score), from `layout-shifts`.
 * @param {any} lhr
 * @returns {string | null}
 */
export function layoutShiftLine(lhr) {
  const shifts = lhr.audits['layout-shifts']?.details?.items;
  if (!Array.isArray(shifts) || shifts.length === 0) return null;
  return `layout shifts (\`layout-shifts\`): ${shifts.slice(0, MAX_ITEMS).map((shift) => `${shift.node?.selector ?? '?'} ${Number(shift.score).toFixed(3)}${shift.subItems?.items?.length ? ` (${shift.subItems.items.map((/** @type {any} */ cause) => cause.extra?.value ?? cause.cause ?? '').filter(Boolean).join(', ')})` : ''}`).join('; ')}`;
}

/**
 * Where the main thread went (for a Total Blocking Time below full score): the groups of
 * `mainthread-work-breakdown` and the count of `long-tasks`, in ms as observed (before the
 * simulated CPU slowdown).
 * @param {any} lhr
 * @returns {string | null}
 */
export function mainThreadLine(lhr) {
  const groups = lhr.audits['mainthread-work-breakdown']?.details?.items;
  if (!Array.isArray(groups)) return null;
  const parts = groups.map((group) => `${group.group} ${Math.round(group.duration)}`).join(', ');
  const longTasks = lhr.audits['long-tasks']?.details?.items;
  const tasks = Array.isArray(longTasks) ? `; long tasks: ${longTasks.map((task) => `${Math.round(task.duration)} ms (${task.url})`).join(', ')}` : '';
  return `main thread (ms): ${parts}${tasks}; benchmarkIndex ${Math.round(lhr.environment?.benchmarkIndex ?? 0)}`;
}

// Markdown tables for the terminal (and for pasting into the README).

/** @typedef {import('./types.mjs').Column} Column */
/** @typedef {import('./types.mjs').Row} Row */

/**
 * Shows one value of a row.
 * @param {string | number | null | undefined} value
 * @param {Column['format']} format
 */
export function formatCell(value, format = 'text') {
  if (value === null || value === undefined || value === '') return '–';
  if (typeof value !== 'number') return String(value);
  switch (format) {
    case 'bytes': return value.toLocaleString('en-US');
    case 'seconds': return value.toFixed(1);
    case 'score': return String(Math.round(value));
    case 'ms': return value.toFixed(1);
    default: return String(value);
  }
}

/**
 * A markdown table: header, alignment row (numbers right-aligned), rows; columns padded.
 * @param {Column[]} columns
 * @param {Row[]} rows
 * @returns {string}
 */
export function markdownTable(columns, rows) {
  const numeric = columns.map((column) => column.format !== undefined && column.format !== 'text');
  const cells = rows.map((row) => columns.map((column) => formatCell(row[column.key], column.format).replaceAll('|', '\\|')));
  const widths = columns.map((column, i) => Math.max(3, column.label.length, ...cells.map((line) => line[i]?.length ?? 0)));
  /** @param {string[]} line */
  const render = (line) => `| ${line.map((cell, i) => (numeric[i] ? cell.padStart(widths[i] ?? 0) : cell.padEnd(widths[i] ?? 0))).join(' | ')} |`;
  const rule = `|${widths.map((width, i) => (numeric[i] ? `${'-'.repeat(width + 1)}:` : '-'.repeat(width + 2))).join('|')}|`;
  return [render(columns.map((column) => column.label)), rule, ...cells.map(render)].join('\n');
}

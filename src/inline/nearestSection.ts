/** Edit distance (insertions, deletions, substitutions) between two short strings. */
function distance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i += 1) {
    const next = [i];
    for (let j = 1; j <= b.length; j += 1) next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    row = next;
  }
  return row[b.length]!;
}

/**
 * The section ids nearest to a mistyped one (from `/go/<typo>/`): an id that holds the typo
 * whole or is held by it (`resend` in `request-resend`), else those fewest edits away; ties all
 * come back, in the order given. None when the nearest is further than half the typo's length.
 * @example nearestSections('role', ['roles', 'domains']) // ['roles']
 * @example nearestSections('resend', ['before-resend', 'request-resend', 'roles']) // ['before-resend', 'request-resend']
 * @example nearestSections('zzz', ['roles']) // []
 */
export function nearestSections(typo: string, ids: readonly string[]): string[] {
  const word = typo.toLowerCase();
  if (word === '') return [];
  const scored = ids.map((id) => ({ id, score: id.includes(word) || word.includes(id) ? 0.5 : distance(word, id) }));
  const best = Math.min(...scored.map((s) => s.score));
  return best > Math.max(1, word.length / 2) ? [] : scored.filter((s) => s.score === best).map((s) => s.id);
}

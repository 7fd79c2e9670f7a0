/**
 * `text` with its first `whole` (a date, an address) in a span that never breaks across lines:
 * the browser may break between a number and 年, so 2016年12月31日 became 2016 / 年12月31日.
 * @example <KeepWhole text="リンクの有効期限は 2016年12月31日です。" whole="2016年12月31日" />
 */
export function KeepWhole({ text, whole }: { text: string; whole: string }) {
  const at = whole ? text.indexOf(whole) : -1;
  if (at < 0) return <>{text}</>;
  return <>{text.slice(0, at)}<span className="sim-date">{whole}</span>{text.slice(at + whole.length)}</>;
}

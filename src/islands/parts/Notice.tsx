import type { ReactNode } from 'react';

/** A status message, announced politely; `kind` adds a word-free icon besides the colour. */
export function Notice({ children, kind = 'info' }: { children: ReactNode; kind?: 'info' | 'success' | 'warning' }) {
  const icon = kind === 'success' ? '✓' : kind === 'warning' ? '⚠' : 'ℹ';
  return (
    <div className={`sim-notice sim-notice-${kind}`} role="status">
      <span aria-hidden="true" className="sim-notice-icon">{icon}</span>
      <div>{children}</div>
    </div>
  );
}

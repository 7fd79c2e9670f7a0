import type { PortalState } from '../domain/state';
import { DOCUMENT_VERSION, documentSchema, type PortalDocument } from './documentSchema';
import { migrate } from './migrations';

/** The longest document accepted, in characters: far above 500 users, far below any quota. */
export const MAX_DOCUMENT_LENGTH = 5_000_000;

export type ParseOutcome = { readonly ok: true; readonly document: PortalDocument } | { readonly ok: false; readonly reason: 'tooLarge' | 'invalid' };

/**
 * Reads a stored or imported document from text: JSON, migrated to the current version, then
 * validated whole. Never throws, whatever the text: this is what lets any string in
 * localStorage (or any file) load safely.
 * @example parseDocument('{') // { ok: false, reason: 'invalid' }
 */
export function parseDocument(text: string): ParseOutcome {
  if (text.length > MAX_DOCUMENT_LENGTH) return { ok: false, reason: 'tooLarge' };
  try {
    const result = documentSchema.safeParse(migrate(JSON.parse(text)));
    return result.success ? { ok: true, document: result.data as PortalDocument } : { ok: false, reason: 'invalid' };
  } catch {
    return { ok: false, reason: 'invalid' }; // not JSON, or a migration refused it
  }
}

/** The document as text: compact for localStorage, indented (`indent`) for export files. */
export function serializeDocument(state: PortalState, revision: number, indent?: number): string {
  const document: PortalDocument = { version: DOCUMENT_VERSION, revision, state };
  return JSON.stringify(document, null, indent);
}

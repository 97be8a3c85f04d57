/** The replies that acknowledge or refuse an upload. */
import type { RefusedFile, StoredFile } from '../shared/messages.js';
import { m } from '../shared/i18n.js';
import { addDocument, UNFILED_PRODUCT } from '../store/documents-repo.js';
import type { FlowContext, Reply } from './types.js';

/** "1.4 MB", "820 KB", "35 B": sizes as people read them. */
export function humanSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} B`;
}

/** A file's fingerprint as people read it: the first 12 hex digits of its SHA-256. */
export function fingerprint(sha256: string): string {
  return sha256.slice(0, 12);
}

/** What every receipt of a stored file says: its name, size and fingerprint. */
export function receiptArgs(file: StoredFile) {
  return { name: file.name, size: humanSize(file.size), hash: fingerprint(file.sha256) };
}

/** Why an upload was refused, politely. */
export function uploadRefusedReply(refused: RefusedFile): Reply {
  switch (refused.reason) {
    case 'too_large':
      return { text: m('upload-refused-too-large', { name: refused.name, max: humanSize(refused.maxSize ?? 0) }) };
    case 'type_not_allowed':
      return { text: m('upload-refused-type', { name: refused.name }) };
    case 'download_failed':
      return { text: m('upload-refused-download', { name: refused.name }) };
  }
}

/**
 * A file sent outside any conversation: a known person's file is kept as unfiled (so
 * nothing they send is lost) and acknowledged; a stranger's is not kept.
 */
export function unfiledUpload(ctx: FlowContext, file: StoredFile): Reply[] {
  if (!ctx.person) return [{ text: m('upload-needs-invite') }];
  const gadIds = new Set(ctx.memberships.map((row) => row.gadId).filter((id): id is number => id !== null));
  const gadId = gadIds.size === 1 ? [...gadIds][0]! : null;
  const row = addDocument(ctx.db, file, { gadId, activity: null, product: UNFILED_PRODUCT, uploadedByPersonId: ctx.person.id, now: ctx.now });
  ctx.audit('document.unfiled', gadId, { documentId: row.id, sha256: file.sha256 });
  const { name, size, hash } = receiptArgs(file);
  return [{ text: m('upload-receipt-unfiled', { name, size, hash }) }];
}

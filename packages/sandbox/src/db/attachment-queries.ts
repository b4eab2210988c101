import type { SandboxStore } from './store.js';

/**
 * The bytes of files attached to letters, kept in the `files` table under `attachment:<attachmentId>` (the
 * attachment's description lives on its letter). Base64 text, like every other file of the sandbox.
 */
export interface AttachmentFileRow {
  /** `attachment:<attachmentId>`. */
  id: string;
  accountId: string;
  base64: string;
  sha256: string;
}

const FILES = 'documents';
const keyOf = (attachmentId: string) => `attachment:${attachmentId}`;

/** Stores an attached file's bytes (inside a transaction). */
export function putAttachmentFile(store: SandboxStore, attachmentId: string, file: Omit<AttachmentFileRow, 'id'>): void {
  store.put<AttachmentFileRow>(FILES, { id: keyOf(attachmentId), ...file });
}

/** An attached file's bytes, or `undefined`. */
export function getAttachmentFile(store: SandboxStore, attachmentId: string): AttachmentFileRow | undefined {
  return store.get<AttachmentFileRow>(FILES, keyOf(attachmentId));
}

/** Deletes an attached file's bytes (inside a transaction). */
export function deleteAttachmentFile(store: SandboxStore, attachmentId: string): void {
  store.delete(FILES, keyOf(attachmentId));
}

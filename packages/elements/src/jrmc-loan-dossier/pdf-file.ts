import { checkAttachmentFile, type AttachmentKind, type AttachableLetter, type AttachmentProblem } from '@jrmc/core';
import type { PdfUpload } from '@jrmc/core/contract';

/** A file read for upload: ready, or refused by core's attachment rule (nothing else changes). */
export type PdfRead = { ok: true; upload: PdfUpload; sizeBytes: number } | { ok: false; problem: AttachmentProblem };

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let index = 0; index < bytes.length; index += 0x8000) binary += String.fromCharCode(...bytes.subarray(index, index + 0x8000));
  return btoa(binary);
}

/**
 * Reads a chosen file and checks it with core's `checkAttachmentFile` (a real PDF by its first bytes, ≤ 10 MB) before
 * anything is sent, so a wrong file is refused at once with its reason and the form keeps what it had.
 */
export async function readPdf(file: File, kind: AttachmentKind, letter: AttachableLetter): Promise<PdfRead> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  const check = checkAttachmentFile({ kind, bytes }, letter);
  if (!check.ok) return { ok: false, problem: check.problem };
  return { ok: true, upload: { filename: file.name, contentBase64: toBase64(bytes) }, sizeBytes: bytes.length };
}

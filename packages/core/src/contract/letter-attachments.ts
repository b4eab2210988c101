import * as z from 'zod/mini';
import { ATTACHMENT_KINDS } from '../rules/attachments.js';
import { ShortText } from './common.js';
import { Attachment } from './letters.js';

/**
 * `POST /v1/letters/{letterId}/attachments`: a PDF attached to a draft letter, base64-encoded in JSON (like paper
 * mail's document). The server checks it with the rules' `checkAttachmentFile`: a real PDF (its first bytes, not its
 * name), not empty, at most 10 MB, a kind the letter can carry.
 */
export const AttachmentUploadParams = z.object({
  kind: z.enum(ATTACHMENT_KINDS),
  fileName: ShortText,
  /** The PDF, base64-encoded (10 MB of PDF is about 13.4 MB of base64). */
  contentBase64: z.string().check(z.minLength(4), z.maxLength(14_000_000)),
});
export type AttachmentUploadParams = z.infer<typeof AttachmentUploadParams>;

/** `GET /v1/letters/{letterId}/attachments`. */
export const AttachmentList = z.object({ data: z.array(Attachment) });
export type AttachmentList = z.infer<typeof AttachmentList>;

import type { AttachmentUploadParams } from '@jrmc/core/contract';
import { fromBase64 } from '../../services/bytes.js';
import { notFound } from '../../services/errors.js';
import { attachFile, attachmentBase64, checkUpload, detachFile, listAttachments, type CheckedUpload } from '../../services/letter-attachments.js';
import type { HandlerInput } from '../handler.js';

/** Files attached to letters: upload (checked before the transaction), list, remove while draft, download. */
export const attachmentHandlers = {
  uploadAttachment: {
    prepare: ({ context, path, body }: HandlerInput) => checkUpload(context, path.letterId!, body as AttachmentUploadParams),
    run: ({ context, path }: HandlerInput, upload: CheckedUpload) => attachFile(context, path.letterId!, upload),
  },
  listAttachments: ({ context, path }: HandlerInput) => ({ data: listAttachments(context, path.letterId!) }),
  deleteAttachment: ({ context, path }: HandlerInput) => detachFile(context, path.letterId!, path.attachmentId!),
  downloadAttachment({ context, path }: HandlerInput) {
    const bytes = fromBase64(attachmentBase64(context, path.letterId!, path.attachmentId!));
    if (!bytes) throw notFound('attachment file');
    return bytes;
  },
};

import type { RequestOptions } from '../options.js';
import * as route from '../operation-routes.js';
import type { BodyOf, ResponseOf, JrmcConnection } from '../transport.js';

/**
 * Files attached to a letter (`client.letters.attachments`): the client's mandate on a termination letter, the new
 * contract's conditions or the bank's acceptance on borrower-insurance letters. A PDF of at most 10 MB; a letter
 * mentions an attachment only once the file is attached, and nothing is attached by default.
 */
export class LetterAttachmentsResource {
  readonly #connection: JrmcConnection;

  /** Created by {@link LettersResource.attachments}. */
  constructor(connection: JrmcConnection) {
    this.#connection = connection;
  }

  /**
   * Attaches a PDF to a draft. Refused with a 400 naming the field when the file is empty, larger than 10 MB, not a
   * PDF (checked on its first bytes), or a kind this letter cannot carry.
   *
   * @example
   * await client.letters.attachments.upload('let_123', { kind: 'client-mandate', fileName: 'mandat.pdf', contentBase64 });
   */
  upload(letterId: string, params: BodyOf<'uploadAttachment'>, options?: RequestOptions): Promise<ResponseOf<'uploadAttachment'>> {
    return this.#connection.call(route.uploadAttachment, { path: { letterId }, body: params }, options);
  }

  /**
   * The files attached to a letter, in upload order.
   *
   * @example
   * const { data: files } = await client.letters.attachments.list('let_123');
   */
  list(letterId: string, options?: RequestOptions): Promise<ResponseOf<'listAttachments'>> {
    return this.#connection.call(route.listAttachments, { path: { letterId } }, options);
  }

  /**
   * Removes an attachment while the letter is a draft (the letter stops mentioning it).
   *
   * @example
   * await client.letters.attachments.remove('let_123', 'att_1');
   */
  remove(letterId: string, attachmentId: string, options?: RequestOptions): Promise<ResponseOf<'deleteAttachment'>> {
    return this.#connection.call(route.deleteAttachment, { path: { letterId, attachmentId } }, options);
  }

  /**
   * Downloads an attached file as PDF bytes.
   *
   * @example
   * const pdf = await client.letters.attachments.download('let_123', 'att_1');
   */
  download(letterId: string, attachmentId: string, options?: RequestOptions): Promise<Uint8Array> {
    return this.#connection.call(route.downloadAttachment, { path: { letterId, attachmentId } }, options);
  }
}

import type { RequestOptions } from '../options.js';
import * as route from '../operation-routes.js';
import type { BodyOf, ResponseOf, JrmcConnection } from '../transport.js';

/** Paper mail from the user's own PDF. */
export class PaperMailResource {
  readonly #connection: JrmcConnection;

  /** Usually created by {@link createJrmcClient}; {@link bindResources} creates only the resources a page uses. */
  constructor(connection: JrmcConnection) {
    this.#connection = connection;
  }

  /**
   * Creates a paper letter (a draft until sent).
   *
   * @example
   * await client.paperMail.create({ product: 'recommande-ar', addressee: { name: 'Mairie', address }, document: { filename: 'courrier.pdf', contentBase64 } });
   */
  create(params: BodyOf<'createPaperMail'>, options?: RequestOptions): Promise<ResponseOf<'createPaperMail'>> {
    return this.#connection.call(route.createPaperMail, { body: params }, options);
  }

  /**
   * What each La Poste product costs this account, cheapest first (to show the products side by side).
   *
   * @example
   * const { data } = await client.paperMail.prices();
   */
  prices(options?: RequestOptions): Promise<ResponseOf<'listPaperMailPrices'>> {
    return this.#connection.call(route.listPaperMailPrices, {}, options);
  }

  /**
   * Autosaves a paper draft: only the fields given change; a new document is checked like the first.
   *
   * @example
   * await client.paperMail.update('let_9', { product: 'lettre-suivie' });
   */
  update(letterId: string, params: BodyOf<'updatePaperMail'>, options?: RequestOptions): Promise<ResponseOf<'updatePaperMail'>> {
    return this.#connection.call(route.updatePaperMail, { path: { letterId }, body: params }, options);
  }

  /**
   * Downloads the PDF uploaded for a paper letter (to show it again when resuming a draft).
   *
   * @example
   * const pdf = await client.paperMail.downloadDocument('let_9');
   */
  downloadDocument(letterId: string, options?: RequestOptions): Promise<Uint8Array> {
    return this.#connection.call(route.downloadPaperDocument, { path: { letterId } }, options);
  }

  /**
   * Posts it now (before 10:30 on a working day: today) or on a chosen working day.
   *
   * @example
   * await client.paperMail.send('let_9', { mode: 'now' });
   */
  send(letterId: string, params: BodyOf<'sendPaperMail'>, options?: RequestOptions): Promise<ResponseOf<'sendPaperMail'>> {
    return this.#connection.call(route.sendPaperMail, { path: { letterId }, body: params }, options);
  }

  /**
   * Opens an investigation for a letter still in transit more than 15 days after dispatch.
   *
   * @example
   * await client.paperMail.openInvestigation('let_9', { message: 'Toujours en cours d’acheminement.' });
   */
  openInvestigation(letterId: string, params: BodyOf<'openInvestigation'>, options?: RequestOptions): Promise<ResponseOf<'openInvestigation'>> {
    return this.#connection.call(route.openInvestigation, { path: { letterId }, body: params }, options);
  }
}

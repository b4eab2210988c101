import type { LetterSummary } from '../../contract/letters.js';
import type { RequestOptions } from '../options.js';
import { AutoPaginatedList } from '../pagination.js';
import { LetterAttachmentsResource } from './letter-attachments.js';
import * as route from '../operation-routes.js';
import type { BodyOf, QueryOf, ResponseOf, JrmcConnection } from '../transport.js';

/** Letters of every service: termination drafts, sending, cancelling, history, timeline and proofs. */
export class LettersResource {
  readonly #connection: JrmcConnection;

  /** Usually created by {@link createJrmcClient}; {@link bindResources} creates only the resources a page uses. */
  constructor(connection: JrmcConnection) {
    this.#connection = connection;
  }

  /** Files attached to a letter: upload, list, remove, download (see {@link LetterAttachmentsResource}). */
  get attachments(): LetterAttachmentsResource {
    return new LetterAttachmentsResource(this.#connection);
  }

  /**
   * Starts a termination letter as a draft (every field optional: save as the user types).
   *
   * @example
   * const draft = await client.letters.create({ reason: 'loi-hamon' });
   */
  create(params: BodyOf<'createLetter'> = {}, options?: RequestOptions): Promise<ResponseOf<'createLetter'>> {
    return this.#connection.call(route.createLetter, { body: params }, options);
  }

  /**
   * One letter, any service.
   *
   * @example
   * const letter = await client.letters.retrieve('let_123');
   */
  retrieve(letterId: string, options?: RequestOptions): Promise<ResponseOf<'getLetter'>> {
    return this.#connection.call(route.getLetter, { path: { letterId } }, options);
  }

  /**
   * Updates a draft (autosave). Refused with `content_locked` once the letter has been validated.
   *
   * @example
   * await client.letters.update('let_123', { contracts: [{ number: 'AUTO-1' }], resumeStep: 'reason' });
   */
  update(letterId: string, params: BodyOf<'updateLetter'>, options?: RequestOptions): Promise<ResponseOf<'updateLetter'>> {
    return this.#connection.call(route.updateLetter, { path: { letterId }, body: params }, options);
  }

  /**
   * The history across services, filtered, newest first; iterate it to walk every page.
   *
   * @example
   * for await (const letter of client.letters.list({ status: 'scheduled', service: 'termination' })) console.log(letter.id);
   */
  list(params: QueryOf<'listLetters'> = {}, options?: RequestOptions): AutoPaginatedList<LetterSummary> {
    return new AutoPaginatedList((cursor) => this.#connection.call(route.listLetters, { query: { ...params, cursor: cursor ?? params.cursor } }, options));
  }

  /**
   * Adds a contract to the letter; refused with `not_combinable` (and which condition differs) when
   * its subscriber, recipient or reason is not the letter's.
   *
   * @example
   * await client.letters.addContract('let_123', { contract: { number: 'MRH-2' } });
   */
  addContract(letterId: string, params: BodyOf<'addContract'>, options?: RequestOptions): Promise<ResponseOf<'addContract'>> {
    return this.#connection.call(route.addContract, { path: { letterId }, body: params }, options);
  }

  /**
   * Removes a contract from a draft.
   *
   * @example
   * await client.letters.removeContract('let_123', 'MRH-2');
   */
  removeContract(letterId: string, contractNumber: string, options?: RequestOptions): Promise<ResponseOf<'removeContract'>> {
    return this.#connection.call(route.removeContract, { path: { letterId, contractNumber } }, options);
  }

  /**
   * The letter text exactly as it will be sent.
   *
   * @example
   * const { subject, paragraphs } = await client.letters.preview('let_123');
   */
  preview(letterId: string, options?: RequestOptions): Promise<ResponseOf<'previewLetter'>> {
    return this.#connection.call(route.previewLetter, { path: { letterId } }, options);
  }

  /**
   * Price, dispatch date (with today's cut-off) and credit check, to show before the user confirms.
   *
   * @example
   * const quote = await client.letters.quote('let_123', { mode: 'scheduled', newContractStart: '2027-01-02' });
   * quote.dispatchDate //=> '2026-11-30'
   */
  quote(letterId: string, params: BodyOf<'quoteLetter'>, options?: RequestOptions): Promise<ResponseOf<'quoteLetter'>> {
    return this.#connection.call(route.quoteLetter, { path: { letterId }, body: params }, options);
  }

  /**
   * Sends now (irreversible) or schedules; the credit is debited at once. Retries reuse the idempotency key.
   *
   * @example
   * await client.letters.send('let_123', { mode: 'scheduled', scheduledDate: '2026-12-31', withAcknowledgement: true });
   */
  send(letterId: string, params: BodyOf<'sendLetter'>, options?: RequestOptions): Promise<ResponseOf<'sendLetter'>> {
    return this.#connection.call(route.sendLetter, { path: { letterId }, body: params }, options);
  }

  /**
   * Cancels a scheduled letter, until the eve of its date at 23:59:59 Paris; the price is refunded.
   *
   * @example
   * await client.letters.cancel('let_123');
   */
  cancel(letterId: string, options?: RequestOptions): Promise<ResponseOf<'cancelLetter'>> {
    return this.#connection.call(route.cancelLetter, { path: { letterId } }, options);
  }

  /**
   * Schedules a cancelled letter again (content unchanged; send mode may change; debited again).
   *
   * @example
   * await client.letters.reschedule('let_123', { mode: 'now', withAcknowledgement: false });
   */
  reschedule(letterId: string, params: BodyOf<'rescheduleLetter'>, options?: RequestOptions): Promise<ResponseOf<'rescheduleLetter'>> {
    return this.#connection.call(route.rescheduleLetter, { path: { letterId }, body: params }, options);
  }

  /**
   * Moves a draft to the trash (purged 60 days later). Billed letters cannot be trashed.
   *
   * @example
   * await client.letters.trash('let_123');
   */
  trash(letterId: string, options?: RequestOptions): Promise<ResponseOf<'trashLetter'>> {
    return this.#connection.call(route.trashLetter, { path: { letterId } }, options);
  }

  /**
   * Takes a draft out of the trash.
   *
   * @example
   * await client.letters.restore('let_123');
   */
  restore(letterId: string, options?: RequestOptions): Promise<ResponseOf<'restoreLetter'>> {
    return this.#connection.call(route.restoreLetter, { path: { letterId } }, options);
  }

  /**
   * The letter's timeline, oldest first.
   *
   * @example
   * const { data: events } = await client.letters.events('let_123');
   */
  events(letterId: string, options?: RequestOptions): Promise<ResponseOf<'listLetterEvents'>> {
    return this.#connection.call(route.listLetterEvents, { path: { letterId } }, options);
  }

  /**
   * The proofs issued so far (letter, deposit, receipt, expiry notices), kept 7 years.
   *
   * @example
   * const { data: proofs } = await client.letters.proofs('let_123');
   */
  proofs(letterId: string, options?: RequestOptions): Promise<ResponseOf<'listProofs'>> {
    return this.#connection.call(route.listProofs, { path: { letterId } }, options);
  }

  /**
   * Downloads a proof as PDF bytes.
   *
   * @example
   * const pdf = await client.letters.downloadProof('let_123', 'prf_1');
   */
  downloadProof(letterId: string, proofId: string, options?: RequestOptions): Promise<Uint8Array> {
    return this.#connection.call(route.downloadProof, { path: { letterId, proofId } }, options);
  }
}

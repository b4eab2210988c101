import type { LoanDossier } from '../../contract/loan-dossiers.js';
import type { RequestOptions } from '../options.js';
import { AutoPaginatedList } from '../pagination.js';
import * as route from '../operation-routes.js';
import type { BodyOf, QueryOf, ResponseOf, JrmcConnection } from '../transport.js';

/** Borrower-insurance substitution dossiers (loi Lemoine). */
export class LoanDossiersResource {
  readonly #connection: JrmcConnection;

  /** Usually created by {@link createJrmcClient}; {@link bindResources} creates only the resources a page uses. */
  constructor(connection: JrmcConnection) {
    this.#connection = connection;
  }

  /**
   * Opens a dossier; the effective date must be at least 25 days after the substitution is sent.
   *
   * @example
   * await client.loanDossiers.create({ subscriber, bankId: 'bnk_bnp', loanReferences: ['PR-1'], oldInsurerId: 'ins_cnp',
   *   oldContractReferences: ['OLD-1'], newInsurerName: 'April', newContractReferences: ['NEW-1'], effectiveDate: '2027-02-13', route: 'lre' });
   */
  create(params: BodyOf<'createLoanDossier'>, options?: RequestOptions): Promise<ResponseOf<'createLoanDossier'>> {
    return this.#connection.call(route.createLoanDossier, { body: params }, options);
  }

  /**
   * One dossier.
   *
   * @example
   * const dossier = await client.loanDossiers.retrieve('dos_1');
   */
  retrieve(dossierId: string, options?: RequestOptions): Promise<ResponseOf<'getLoanDossier'>> {
    return this.#connection.call(route.getLoanDossier, { path: { dossierId } }, options);
  }

  /**
   * The account's dossiers, newest first.
   *
   * @example
   * const dossiers = await client.loanDossiers.list().toArray();
   */
  list(params: QueryOf<'listLoanDossiers'> = {}, options?: RequestOptions): AutoPaginatedList<LoanDossier> {
    return new AutoPaginatedList((cursor) => this.#connection.call(route.listLoanDossiers, { query: { ...params, cursor: cursor ?? params.cursor } }, options));
  }

  /**
   * Sends the substitution request to the bank, always with AR.
   *
   * @example
   * await client.loanDossiers.sendSubstitution('dos_1', { mode: 'now' });
   */
  sendSubstitution(dossierId: string, params: BodyOf<'sendSubstitution'>, options?: RequestOptions): Promise<ResponseOf<'sendSubstitution'>> {
    return this.#connection.call(route.sendSubstitution, { path: { dossierId }, body: params }, options);
  }

  /**
   * Records the bank's answer.
   *
   * @example
   * await client.loanDossiers.recordBankAnswer('dos_1', { accepted: true, answeredOn: '2026-12-10' });
   */
  recordBankAnswer(dossierId: string, params: BodyOf<'recordBankAnswer'>, options?: RequestOptions): Promise<ResponseOf<'recordBankAnswer'>> {
    return this.#connection.call(route.recordBankAnswer, { path: { dossierId }, body: params }, options);
  }

  /**
   * Sends the termination letter to the old insurer, once the bank has accepted.
   *
   * @example
   * await client.loanDossiers.sendTermination('dos_1', { mode: 'now' });
   */
  sendTermination(dossierId: string, params: BodyOf<'sendLoanTermination'>, options?: RequestOptions): Promise<ResponseOf<'sendLoanTermination'>> {
    return this.#connection.call(route.sendLoanTermination, { path: { dossierId }, body: params }, options);
  }

  /**
   * Updates a dossier whose substitution request has not left (autosave): only the fields given change, and the
   * result is checked like a new dossier.
   *
   * @example
   * await client.loanDossiers.update('dos_1', { newContractReferences: ['APR-9', 'APR-10'] });
   */
  update(dossierId: string, params: BodyOf<'updateLoanDossier'>, options?: RequestOptions): Promise<ResponseOf<'updateLoanDossier'>> {
    return this.#connection.call(route.updateLoanDossier, { path: { dossierId }, body: params }, options);
  }

  /**
   * Adds another letter to the dossier ("autre courrier": your PDF, to the bank or the old insurer) as a draft; quote
   * and send it with `client.letters` — it always goes with AR and never changes the dossier's status.
   *
   * @example
   * const letter = await client.loanDossiers.createOtherLetter('dos_1', { recipient: 'bank', document: { filename: 'relance.pdf', contentBase64 } });
   * await client.letters.send(letter.id, { mode: 'now' });
   */
  createOtherLetter(dossierId: string, params: BodyOf<'createLoanOtherLetter'>, options?: RequestOptions): Promise<ResponseOf<'createLoanOtherLetter'>> {
    return this.#connection.call(route.createLoanOtherLetter, { path: { dossierId }, body: params }, options);
  }
}

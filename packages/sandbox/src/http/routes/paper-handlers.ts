import { investigationOpensOn, isTrackedProduct, postalProducts } from '@jrmc/core';
import type { InvestigationParams, PaperMailCreateParams, PaperMailUpdateParams } from '@jrmc/core/contract';
import { fromBase64 } from '../../services/bytes.js';
import { nowIso, todayOf } from '../../services/context.js';
import { newLetterBase } from '../../services/new-letter.js';
import { recordLetterEvent } from '../../services/letter-events.js';
import { openInvestigation } from '../../services/paper-investigation.js';
import { getOwned } from '../../services/ownership.js';
import { checkPaperDocument, type CheckedPaperDocument } from '../../services/paper-document.js';
import { expectedPaperDelivery } from '../../services/paper-delivery.js';
import { COLLECTIONS, type DocumentRecord, type LetterRecord } from '../../services/records.js';
import { priceOf } from '../../services/prices.js';
import { toLetterResource } from '../../services/resources.js';
import { sendLetter } from '../../services/sending.js';
import { activeProfile } from '../../services/termination-drafts.js';
import { conflict, invalidRequest, notFound, ruleViolation } from '../../services/errors.js';
import type { HandlerInput } from '../handler.js';

type PaperLetterRecord = Extract<LetterRecord, { service: 'paper-mail' }>;

function paperLetterOf({ context, path }: HandlerInput): PaperLetterRecord {
  const letter = getOwned<LetterRecord>(context, COLLECTIONS.letters, path.letterId!, 'letter');
  if (letter.service !== 'paper-mail') throw invalidRequest('Not a paper letter', [{ path: ['letterId'], code: 'wrong_service', message: 'Use the letters endpoints' }]);
  return letter;
}

function documentFields(filename: string, checked: CheckedPaperDocument): PaperLetterRecord['document'] {
  return { filename, sizeBytes: checked.sizeBytes, sha256: checked.sha256, pageCount: checked.pageCount };
}

export const paperHandlers = {
  createPaperMail: {
    /** Parses, checks and hashes the PDF before the transaction (both are asynchronous). */
    prepare: ({ body }: HandlerInput) => checkPaperDocument((body as PaperMailCreateParams).document.contentBase64),
    run({ context, body }: HandlerInput, checked: CheckedPaperDocument) {
      const params = body as PaperMailCreateParams;
      const base = newLetterBase(context);
      const id = base.id;
      const letter = context.store.insert<LetterRecord>(COLLECTIONS.letters, {
        ...base,
        service: 'paper-mail',
        channel: 'paper',
        assigneeId: params.assigneeId === undefined ? context.profileId : params.assigneeId === null ? null : activeProfile(context, params.assigneeId).id,
        // A paper letter's address is the user's to write.
        recipient: { id: null, name: params.addressee.name, address: params.addressee.address },
        withAcknowledgement: params.product === 'recommande-ar',
        product: params.product,
        document: documentFields(params.document.filename, checked),
        expectedDeliveryDate: null,
        trackingNumber: null,
        investigationOpensOn: null,
        investigation: null,
      });
      context.store.put<DocumentRecord>(COLLECTIONS.documents, { id: `upload:${id}`, accountId: context.accountId, base64: params.document.contentBase64, sha256: checked.sha256 });
      recordLetterEvent(context, letter, 'created');
      return toLetterResource(letter);
    },
  },

  listPaperMailPrices({ context }: HandlerInput) {
    return { data: postalProducts().map(({ code }) => ({ product: code, price: priceOf(context.prices, code) })) };
  },

  updatePaperMail: {
    /** A new document is checked like the first one; without one there is nothing to prepare. */
    prepare: async ({ body }: HandlerInput) => {
      const document = (body as PaperMailUpdateParams).document;
      return document ? checkPaperDocument(document.contentBase64) : null;
    },
    run(input: HandlerInput, checked: CheckedPaperDocument | null) {
      const { context } = input;
      const params = input.body as PaperMailUpdateParams;
      const letter = paperLetterOf(input);
      if (letter.status !== 'draft') throw conflict('not_a_draft', `The letter is ${letter.status}: its content can no longer change`);
      const product = params.product ?? letter.product;
      const updated = context.store.put<LetterRecord>(COLLECTIONS.letters, {
        ...letter,
        product,
        withAcknowledgement: product === 'recommande-ar',
        recipient: params.addressee ? { id: null, name: params.addressee.name, address: params.addressee.address } : letter.recipient,
        document: params.document && checked ? documentFields(params.document.filename, checked) : letter.document,
        updatedAt: nowIso(context),
      });
      if (params.document && checked) {
        context.store.put<DocumentRecord>(COLLECTIONS.documents, { id: `upload:${letter.id}`, accountId: context.accountId, base64: params.document.contentBase64, sha256: checked.sha256 });
      }
      return toLetterResource(updated);
    },
  },

  downloadPaperDocument(input: HandlerInput) {
    const letter = paperLetterOf(input);
    const upload = input.context.store.get<DocumentRecord>(COLLECTIONS.documents, `upload:${letter.id}`);
    const bytes = upload ? fromBase64(upload.base64) : null;
    if (!bytes) throw notFound('paper document');
    return bytes;
  },

  sendPaperMail(input: HandlerInput) {
    const letter = paperLetterOf(input);
    const sent = sendLetter(input.context, letter.id, input.body);
    if (sent.service !== 'paper-mail') return toLetterResource(sent);
    const tracked = isTrackedProduct(sent.product);
    return toLetterResource(
      input.context.store.put<LetterRecord>(COLLECTIONS.letters, {
        ...sent,
        trackingNumber: tracked ? `1L${sent.id.slice(4, 15).toUpperCase()}` : null,
        expectedDeliveryDate: expectedPaperDelivery(sent, sent.dispatchDate!),
        // Only a followed letter can be claimed with La Poste.
        investigationOpensOn: tracked ? investigationOpensOn(sent.dispatchDate!) : null,
      }),
    );
  },

  openInvestigation(input: HandlerInput) {
    return toLetterResource(openInvestigation(input.context, paperLetterOf(input), (input.body as InvestigationParams).message));
  },
};

import { canOpenInvestigation, investigationOpensOn, paperDeliveryDate } from '@jrmc/core';
import type { PaperMailCreateParams } from '@jrmc/core/contract';
import { fromBase64, sha256Hex } from '../../services/bytes.js';
import { todayOf } from '../../services/context.js';
import { newLetterBase } from '../../services/new-letter.js';
import { recordLetterEvent } from '../../services/letter-events.js';
import { getOwned } from '../../services/ownership.js';
import { COLLECTIONS, type DocumentRecord, type LetterRecord } from '../../services/records.js';
import { toLetterResource } from '../../services/resources.js';
import { sendLetter } from '../../services/sending.js';
import { activeProfile } from '../../services/termination-drafts.js';
import { invalidRequest, ruleViolation } from '../../services/errors.js';
import type { HandlerInput } from '../handler.js';

const PDF_MAGIC = '%PDF-';

function paperLetterOf({ context, path }: HandlerInput): Extract<LetterRecord, { service: 'paper-mail' }> {
  const letter = getOwned<LetterRecord>(context, COLLECTIONS.letters, path.letterId!, 'letter');
  if (letter.service !== 'paper-mail') throw invalidRequest('Not a paper letter', [{ path: ['letterId'], code: 'wrong_service', message: 'Use the letters endpoints' }]);
  return letter;
}

export const paperHandlers = {
  createPaperMail: {
    /** Decodes and hashes the PDF before the transaction (hashing is asynchronous). */
    async prepare({ body }: HandlerInput) {
      const bytes = fromBase64((body as PaperMailCreateParams).document.contentBase64);
      if (!bytes || new TextDecoder().decode(bytes.subarray(0, PDF_MAGIC.length)) !== PDF_MAGIC) {
        throw invalidRequest('The document must be a PDF', [{ path: ['document', 'contentBase64'], code: 'invalid_format', message: 'Expected a base64-encoded PDF' }]);
      }
      return { sizeBytes: bytes.length, sha256: await sha256Hex(bytes) };
    },
    run({ context, body }: HandlerInput, prepared: { sizeBytes: number; sha256: string }) {
      const params = body as PaperMailCreateParams;
      const base = newLetterBase(context);
      const id = base.id;
      const letter = context.store.put<LetterRecord>(COLLECTIONS.letters, {
        ...base,
        service: 'paper-mail',
        channel: 'paper',
        assigneeId: params.assigneeId === undefined ? context.profileId : params.assigneeId === null ? null : activeProfile(context, params.assigneeId).id,
        // A paper letter's address is the user's to write.
        recipient: { id: null, name: params.addressee.name, address: params.addressee.address },
        withAcknowledgement: params.product === 'recommande-ar',
        product: params.product,
        document: { filename: params.document.filename, sizeBytes: prepared.sizeBytes, sha256: prepared.sha256 },
        expectedDeliveryDate: null,
        trackingNumber: null,
        investigationOpensOn: null,
        investigation: null,
      });
      context.store.put<DocumentRecord>(COLLECTIONS.documents, { id: `upload:${id}`, accountId: context.accountId, base64: params.document.contentBase64, sha256: prepared.sha256 });
      recordLetterEvent(context, letter, 'created');
      return toLetterResource(letter);
    },
  },

  sendPaperMail(input: HandlerInput) {
    const letter = paperLetterOf(input);
    const sent = sendLetter(input.context, letter.id, input.body);
    if (sent.service !== 'paper-mail') return toLetterResource(sent);
    const tracked = sent.product === 'ecopli' || sent.product === 'lettre-verte' ? null : `1L${sent.id.slice(4, 15).toUpperCase()}`;
    return toLetterResource(
      input.context.store.put<LetterRecord>(COLLECTIONS.letters, {
        ...sent,
        trackingNumber: tracked,
        expectedDeliveryDate: paperDeliveryDate(sent.dispatchDate!, sent.product),
        investigationOpensOn: investigationOpensOn(sent.dispatchDate!),
      }),
    );
  },

  openInvestigation(input: HandlerInput) {
    const { context, body } = input;
    const letter = paperLetterOf(input);
    const opensOn = letter.dispatchDate ? investigationOpensOn(letter.dispatchDate) : null;
    if (letter.investigation) return toLetterResource(letter);
    if (!canOpenInvestigation(letter, todayOf(context))) {
      throw ruleViolation('investigation_not_open', opensOn ? `An investigation opens on ${opensOn} if the letter is still in transit` : 'The letter has not been posted', { opensOn });
    }
    const investigated = context.store.put<LetterRecord>(COLLECTIONS.letters, { ...letter, investigation: { openedAt: context.now.toISOString(), message: body.message }, updatedAt: context.now.toISOString() });
    recordLetterEvent(context, investigated, 'investigation_opened', { message: body.message });
    return toLetterResource(investigated);
  },
};

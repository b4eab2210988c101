import { parisDate } from '@jrmc/core';
import type { LetterListParams } from '@jrmc/core/contract';
import { fromBase64 } from '../../services/bytes.js';
import { assertComplete } from '../../services/rule-refusals.js';
import { todayOf } from '../../services/context.js';
import { storedLetterText } from '../../services/letter-text.js';
import { getOwned } from '../../services/ownership.js';
import { COLLECTIONS, type DocumentRecord, type LetterEventRecord, type LetterRecord, type ProofRecord } from '../../services/records.js';
import { referencesOf, toLetterResource, toLetterSummary, withoutOwner } from '../../services/resources.js';
import { normalizeSearch } from '../../services/search.js';
import { planSend, quoteOf } from '../../services/send-plan.js';
import { cancelLetter, rescheduleLetter, restoreLetter, sendLetter, trashLetter } from '../../services/sending.js';
import { addContract, createTerminationDraft, removeContract, updateTerminationDraft } from '../../services/termination-drafts.js';
import { renderNoticePdf } from '../../documents/notice-pdf.js';
import { notFound, ruleViolation } from '../../services/errors.js';
import type { HandlerInput } from '../handler.js';
import { decodeCursor, encodeCursor, unknownCursor } from '../paginate.js';
import { letterHistory } from '../../services/letter-history.js';

const letterOf = ({ context, path }: HandlerInput) => getOwned<LetterRecord>(context, COLLECTIONS.letters, path.letterId!, 'letter');

export const letterHandlers = {
  createLetter: ({ context, body }: HandlerInput) => toLetterResource(createTerminationDraft(context, body)),
  getLetter: (input: HandlerInput) => toLetterResource(letterOf(input)),
  updateLetter: ({ context, path, body }: HandlerInput) => toLetterResource(updateTerminationDraft(context, path.letterId!, body)),
  addContract: ({ context, path, body }: HandlerInput) => toLetterResource(addContract(context, path.letterId!, body)),
  removeContract: ({ context, path }: HandlerInput) => toLetterResource(removeContract(context, path.letterId!, path.contractNumber!)),
  sendLetter: ({ context, path, body }: HandlerInput) => toLetterResource(sendLetter(context, path.letterId!, body)),
  cancelLetter: ({ context, path }: HandlerInput) => toLetterResource(cancelLetter(context, path.letterId!)),
  rescheduleLetter: ({ context, path, body }: HandlerInput) => toLetterResource(rescheduleLetter(context, path.letterId!, body)),
  trashLetter: ({ context, path }: HandlerInput) => toLetterResource(trashLetter(context, path.letterId!)),
  restoreLetter: ({ context, path }: HandlerInput) => toLetterResource(restoreLetter(context, path.letterId!)),

  quoteLetter(input: HandlerInput) {
    const letter = letterOf(input);
    if (letter.status !== 'draft' && letter.status !== 'cancelled') throw ruleViolation('content_locked', `The letter is already ${letter.status}`);
    // Quotes work before the account may send (identity, top-up, JRMC's mandate).
    return quoteOf(input.context, planSend(input.context, letter, input.body, { requireReadyAccount: false }));
  },

  previewLetter(input: HandlerInput) {
    const letter = letterOf(input);
    if (letter.service === 'termination') assertComplete(letter);
    const text = storedLetterText(input.context.store, letter, todayOf(input.context));
    if (!text) throw notFound('letter text (paper mail is the uploaded PDF)');
    return text;
  },

  listLetters({ context, query }: HandlerInput) {
    const params = query as LetterListParams;
    const cursorId = params.cursor ? decodeCursor(params.cursor) : null;
    if (params.cursor && !cursorId) throw unknownCursor();
    const { data, lastId } = letterHistory(context.store, context.accountId, params, cursorId);
    return { data, nextCursor: lastId ? encodeCursor(lastId) : null };
  },

  listLetterEvents(input: HandlerInput) {
    const letter = letterOf(input);
    return { data: input.context.store.where<LetterEventRecord>(COLLECTIONS.letterEvents, { letter_id: letter.id }).map(withoutOwner) };
  },

  listProofs(input: HandlerInput) {
    const letter = letterOf(input);
    return { data: input.context.store.where<ProofRecord>(COLLECTIONS.proofs, { letter_id: letter.id }).map(withoutOwner) };
  },

  async downloadProof(input: HandlerInput) {
    const letter = letterOf(input);
    const proof = getOwned<ProofRecord>(input.context, COLLECTIONS.proofs, input.path.proofId!, 'proof');
    if (proof.letterId !== letter.id) throw notFound('proof');
    if (proof.kind === 'letter') {
      const document = input.context.store.get<DocumentRecord>(COLLECTIONS.documents, `letter:${letter.id}`);
      const bytes = document ? fromBase64(document.base64) : null;
      if (!bytes) throw notFound('letter document');
      return bytes;
    }
    return renderNoticePdf(proof, letter);
  },
};

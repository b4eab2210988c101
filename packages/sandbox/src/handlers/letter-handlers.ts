import { parisDate } from '@jrmc/core';
import type { LetterListParams } from '@jrmc/core/contract';
import { fromBase64 } from '../domain/bytes.js';
import { assertComplete } from '../domain/completeness.js';
import { todayOf } from '../domain/context.js';
import { letterTextOf } from '../domain/letter-text.js';
import { getOwned } from '../domain/ownership.js';
import { COLLECTIONS, type DocumentRecord, type LetterEventRecord, type LetterRecord, type ProofRecord } from '../domain/records.js';
import { referencesOf, toLetterResource, toLetterSummary, withoutOwner } from '../domain/resources.js';
import { normalizeSearch } from '../domain/search.js';
import { planSend, quoteOf } from '../domain/send-plan.js';
import { cancelLetter, rescheduleLetter, restoreLetter, sendLetter, trashLetter } from '../domain/sending.js';
import { addContract, createTerminationDraft, removeContract, updateTerminationDraft } from '../domain/termination-drafts.js';
import { renderNoticePdf } from '../documents/notice-pdf.js';
import { notFound, ruleViolation } from '../http/api-error.js';
import type { HandlerInput } from '../http/handler.js';
import { paginate } from '../http/paginate.js';

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
    return quoteOf(input.context, planSend(input.context, letter, input.body));
  },

  previewLetter(input: HandlerInput) {
    const letter = letterOf(input);
    if (letter.service === 'termination') assertComplete(letter);
    const text = letterTextOf(input.context.store, letter, todayOf(input.context));
    if (!text) throw notFound('letter text (paper mail is the uploaded PDF)');
    return text;
  },

  listLetters({ context, query }: HandlerInput) {
    const params = query as LetterListParams;
    const q = params.q ? normalizeSearch(params.q) : '';
    const trashed = params.trashed === true;
    const matches = context.store.list<LetterRecord>(COLLECTIONS.letters, (letter) => {
      if (letter.accountId !== context.accountId) return false;
      if (Boolean(letter.trashedAt) !== trashed) return false;
      if (params.service && letter.service !== params.service) return false;
      if (params.status && letter.status !== params.status) return false;
      if (params.assigneeId && letter.assigneeId !== params.assigneeId) return false;
      const createdOn = parisDate(letter.createdAt);
      if (params.from && createdOn < params.from) return false;
      if (params.to && createdOn > params.to) return false;
      if (q) {
        const summary = toLetterSummary(letter);
        if (!normalizeSearch(`${letter.id} ${summary.subscriberName ?? ''} ${summary.recipientName ?? ''} ${referencesOf(letter)}`).includes(q)) return false;
      }
      return true;
    });
    const sort = params.sort ?? '-createdAt';
    const field = sort.replace('-', '') as 'createdAt' | 'dispatchDate';
    const direction = sort.startsWith('-') ? -1 : 1;
    // Letters without a dispatch date sort last either way; ties keep a stable order by id.
    matches.sort((a, b) => {
      const x = a[field] ?? null;
      const y = b[field] ?? null;
      if (x !== y) {
        if (x === null) return 1;
        if (y === null) return -1;
        return x < y ? -direction : direction;
      }
      return a.id < b.id ? -1 : 1;
    });
    return paginate(matches, params, toLetterSummary);
  },

  listLetterEvents(input: HandlerInput) {
    const letter = letterOf(input);
    return { data: input.context.store.list<LetterEventRecord>(COLLECTIONS.letterEvents, (event) => event.letterId === letter.id).map(withoutOwner) };
  },

  listProofs(input: HandlerInput) {
    const letter = letterOf(input);
    return { data: input.context.store.list<ProofRecord>(COLLECTIONS.proofs, (proof) => proof.letterId === letter.id).map(withoutOwner) };
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

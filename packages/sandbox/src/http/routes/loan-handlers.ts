import type { BankAnswerParams, LoanDossierCreateParams, LoanDossierListParams, LoanDossierUpdateParams, LoanLetterSendParams, LoanOtherLetterParams } from '@jrmc/core/contract';
import { prepareBankLetter, type PreparedBankLetter } from '../../services/bank-letter.js';
import { createLoanDossier, getLoanDossier, listLoanDossiers, recordBankAnswer, sendLoanTermination, sendSubstitution } from '../../services/loan-dossiers.js';
import { updateLoanDossier } from '../../services/loan-dossier-update.js';
import { createLoanOtherLetter } from '../../services/loan-other-letters.js';
import { checkPaperDocument, type CheckedPaperDocument } from '../../services/paper-document.js';
import type { HandlerInput } from '../handler.js';
import { decodeCursor, encodeCursor, unknownCursor } from '../paginate.js';

export const loanHandlers = {
  createLoanDossier: ({ context, body }: HandlerInput) => createLoanDossier(context, body as LoanDossierCreateParams),

  getLoanDossier: ({ context, path }: HandlerInput) => getLoanDossier(context, path.dossierId!),

  listLoanDossiers({ context, query }: HandlerInput) {
    const params = query as LoanDossierListParams;
    const afterId = params.cursor ? decodeCursor(params.cursor) : null;
    if (params.cursor && !afterId) throw unknownCursor();
    const { lastId, ...page } = listLoanDossiers(context, params, afterId);
    return { ...page, nextCursor: lastId ? encodeCursor(lastId) : null };
  },

  sendSubstitution: ({ context, path, body }: HandlerInput) => sendSubstitution(context, path.dossierId!, body as LoanLetterSendParams),

  recordBankAnswer: {
    /** The bank's letter is checked (PDF, ≤ 10 MB) and hashed before the transaction. */
    prepare: ({ body }: HandlerInput) => prepareBankLetter((body as BankAnswerParams).bankLetter, ['bankLetter']),
    run: ({ context, path, body }: HandlerInput, bankLetter: PreparedBankLetter | null) => recordBankAnswer(context, path.dossierId!, body as BankAnswerParams, bankLetter, context),
  },

  sendLoanTermination: {
    prepare: ({ body }: HandlerInput) => prepareBankLetter((body as LoanLetterSendParams).bankLetter, ['bankLetter']),
    run: ({ context, path, body }: HandlerInput, bankLetter: PreparedBankLetter | null) => sendLoanTermination(context, path.dossierId!, body as LoanLetterSendParams, bankLetter),
  },

  updateLoanDossier: ({ context, path, body }: HandlerInput) => updateLoanDossier(context, path.dossierId!, body as LoanDossierUpdateParams),

  createLoanOtherLetter: {
    /** The user's PDF is parsed and hashed before the transaction (a refused file creates nothing). */
    prepare: ({ body }: HandlerInput) => checkPaperDocument((body as LoanOtherLetterParams).document.contentBase64),
    run: ({ context, path, body }: HandlerInput, checked: CheckedPaperDocument) => createLoanOtherLetter(context, path.dossierId!, body as LoanOtherLetterParams, checked),
  },
};

import type { Letter, LoanOtherLetterParams } from '@jrmc/core/contract';
import { nowIso, type AccountContext } from './context.js';
import { recordLetterEvent } from './letter-events.js';
import { recipientOfKind } from './loan-dossiers.js';
import { newLetterBase } from './new-letter.js';
import { getOwned } from './ownership.js';
import type { CheckedPaperDocument } from './paper-document.js';
import { COLLECTIONS, type DocumentRecord, type DossierRecord, type LetterRecord } from './records.js';
import { toLetterResource } from './resources.js';

/**
 * Adds an "autre courrier" to a dossier: the user's own PDF (checked beforehand like a paper document: a real PDF,
 * ≤ 10 MB, A4 pages, since it may be printed) as a draft letter to the dossier's bank — by the dossier's route, to its
 * address — or to the old insurer (LRE). It is then quoted and sent like any letter, always with AR; the dossier lists
 * it and its status does not change (no rule ties it to these letters).
 */
export function createLoanOtherLetter(context: AccountContext, dossierId: string, params: LoanOtherLetterParams, checked: CheckedPaperDocument): Letter {
  const dossier = getOwned<DossierRecord>(context, COLLECTIONS.dossiers, dossierId, 'dossier');
  const toBank = params.recipient === 'bank';
  const recipient = toBank ? recipientOfKind(context, dossier.bankId, 'bank', 'recipient') : recipientOfKind(context, dossier.oldInsurerId, 'insurer', 'recipient');
  const letter = context.store.insert<LetterRecord>(COLLECTIONS.letters, {
    ...newLetterBase(context),
    assigneeId: dossier.assigneeId,
    service: 'borrower-insurance',
    dossierId: dossier.id,
    kind: 'other',
    channel: toBank ? dossier.route : 'lre',
    subscriber: dossier.subscriber,
    recipient: { id: recipient.id, name: recipient.name, address: toBank ? dossier.bankAddress : recipient.address },
    withAcknowledgement: true,
    attachments: [],
  });
  context.store.put<DocumentRecord>(COLLECTIONS.documents, { id: `upload:${letter.id}`, accountId: context.accountId, base64: params.document.contentBase64, sha256: checked.sha256 });
  recordLetterEvent(context, letter, 'created');
  context.store.put<DossierRecord>(COLLECTIONS.dossiers, { ...dossier, otherLetterIds: [...(dossier.otherLetterIds ?? []), letter.id], updatedAt: nowIso(context) });
  return toLetterResource(letter);
}

import { Letter, type LetterSummary } from '@jrmc/core/contract';
import type { LetterRecord } from './records.js';
import { answerByOf } from './investigation-answer.js';

/** The letter as the API shows it (internal fields removed). */
export function toLetterResource(record: LetterRecord): Letter {
  // Records written before attachments existed carry none; investigations opened before answers existed are open.
  if (record.service !== 'paper-mail' && !record.attachments) return Letter.parse({ ...record, attachments: [] });
  if (record.service === 'paper-mail' && record.investigation && record.investigation.closedAt === undefined) {
    return Letter.parse({ ...record, investigation: { ...record.investigation, answerBy: answerByOf(record.investigation), closedAt: null, outcome: null } });
  }
  return Letter.parse(record);
}

/** Strips the owner and other sandbox-only fields from a stored record. */
export function withoutOwner<T extends { accountId: string }>(record: T): Omit<T, 'accountId'> {
  const { accountId: _owner, ...resource } = record;
  return resource;
}

/** A history row for any letter. */
export function toLetterSummary(record: LetterRecord): LetterSummary {
  const subscriberName =
    record.service === 'paper-mail'
      ? record.recipient?.name ?? null
      : record.subscriber
        ? record.subscriber.kind === 'person'
          ? `${record.subscriber.firstName} ${record.subscriber.lastName}`
          : record.subscriber.companyName
        : null;
  return {
    id: record.id,
    service: record.service,
    status: record.status,
    assigneeId: record.assigneeId,
    subscriberName,
    recipientName: record.recipient?.name ?? null,
    references: referencesOf(record),
    scheduledDate: record.scheduledDate,
    dispatchDate: record.dispatchDate,
    price: record.price,
    createdAt: record.createdAt,
    updatedAt: record.updatedAt,
    trashedAt: record.trashedAt,
    billed: record.validatedAt !== null,
    dossierId: record.service === 'borrower-insurance' ? record.dossierId : null,
    ...(record.service === 'paper-mail' ? { product: record.product } : {}),
  };
}

/** The references a letter names: contract numbers, loans, or the uploaded file. */
export function referencesOf(record: LetterRecord): string {
  if (record.service === 'termination') return record.contracts.map((contract) => contract.number).join(', ');
  if (record.service === 'paper-mail') return record.document.filename;
  return record.kind === 'substitution' ? 'Substitution' : record.kind === 'other' ? 'Autre courrier' : 'Résiliation';
}

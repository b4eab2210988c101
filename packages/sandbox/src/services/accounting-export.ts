import { monthlyInvoices, wasDispatched } from '@jrmc/core';
import type { AccountingExport, AccountingExportParams } from '@jrmc/core/contract';
import type { AccountContext } from './context.js';
import { COLLECTIONS, type LetterRecord } from './records.js';
import { referencesOf } from './resources.js';
import { letterIdsDispatchedBetween } from '../db/letter-queries.js';

const HEADER = ['Date d’envoi', 'Service', 'Lettre', 'Destinataire', 'Références', 'Prix HT (€)', 'TVA 20 % (€)', 'Prix TTC (€)'];
const SERVICE: Record<LetterRecord['service'], string> = {
  termination: 'Résiliation LRE',
  'borrower-insurance': 'Assurance emprunteur',
  'paper-mail': 'Courrier papier',
};

/**
 * The letters dispatched from `from` to `to` (both included) as a French CSV — `;` separators, decimal commas, one
 * line per letter by dispatch date — with VAT per letter from core's invoicing rule, so the export and the monthly
 * invoices always agree.
 */
export function accountingExport(context: AccountContext, params: AccountingExportParams): AccountingExport {
  const letters = context.store
    .getMany<LetterRecord>(COLLECTIONS.letters, letterIdsDispatchedBetween(context.store, context.accountId, { from: params.from, to: params.to, toIncluded: true, byDay: true }))
    .filter((letter) => wasDispatched(letter.status) && letter.price !== null);
  const byId = new Map(letters.map((letter) => [letter.id, letter]));
  const lines = monthlyInvoices(letters.map((letter) => ({ id: letter.id, dispatchDate: letter.dispatchDate!, priceExclVat: letter.price!.exclVat }))).flatMap((invoice) => invoice.lines);
  const rows = lines.map((line) => {
    const letter = byId.get(line.id)!;
    return [line.dispatchDate, SERVICE[letter.service], letter.id, letter.recipient?.name ?? '', referencesOf(letter), euros(line.priceExclVat), euros(line.vat), euros(line.priceInclVat)];
  });
  const total = (pick: (line: (typeof lines)[number]) => number) => lines.reduce((sum, line) => sum + pick(line), 0);
  return {
    from: params.from,
    to: params.to,
    filename: `jrmc-export-${params.from}-${params.to}.csv`,
    csv: [HEADER, ...rows].map((row) => row.map(csvCell).join(';')).join('\r\n') + '\r\n',
    lineCount: rows.length,
    totalExclVat: total((line) => line.priceExclVat),
    totalVat: total((line) => line.vat),
    totalInclVat: total((line) => line.priceInclVat),
  };
}

/** Cents as French decimal euros, without a thousands separator (spreadsheets read it as a number). */
function euros(cents: number): string {
  return `${Math.trunc(cents / 100)},${String(Math.abs(cents % 100)).padStart(2, '0')}`;
}

function csvCell(value: string): string {
  return /[;"\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

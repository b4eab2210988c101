import { addDays } from '@jrmc/core';
import { parisInstantOf } from '../services/paris-memo.js';
import { COLLECTIONS, type LetterRecord } from '../services/records.js';
import { createTerminationDraft } from '../services/termination-drafts.js';
import { priceOf } from '../services/prices.js';
import type { Sandbox } from '../sandbox.js';

const FIRST_NAMES = ['Éloïse', 'Jean', 'Camille', 'Louis', 'Inès', 'Hugo', 'Léa', 'Nathan', 'Chloé', 'Gabriel'];
const LAST_NAMES = ['Martin', 'Bernard', 'Dubois', 'Thomas', 'Robert', 'Richard', 'Petit', 'Durand', 'Leroy', 'Moreau'];
const INSURERS = [
  { id: 'ins_axa', name: 'AXA France IARD', address: { line1: '313 Terrasses de l’Arche', postcode: '92727', city: 'Nanterre Cedex' } },
  { id: 'ins_maif', name: 'MAIF', address: { line1: '200 avenue Salvador Allende', postcode: '79038', city: 'Niort Cedex 9' } },
];

/**
 * Fills an account's history with `count` termination letters created over the past months — four in
 * five drafts, one in five scheduled (billed) — to exercise history views at scale (demos, tests). Written
 * straight to the store in one transaction; no credit is moved.
 */
export function seedHistory(sandbox: Sandbox, accountId: string, options: { count: number; assigneeIds?: string[] }): void {
  const now = sandbox.now(accountId);
  const base = sandbox.accountContext(accountId, null);
  sandbox.store.transaction(() => {
    for (let index = 0; index < options.count; index += 1) {
      const createdAt = new Date(now.getTime() - (options.count - index) * 3_600_000);
      const context = { ...base, profileId: options.assigneeIds?.[index % options.assigneeIds.length] ?? null, now: createdAt };
      const draft = createTerminationDraft(context, {
        subscriber: {
          kind: 'person',
          civility: index % 2 ? 'M.' : 'Mme',
          firstName: FIRST_NAMES[index % FIRST_NAMES.length]!,
          lastName: `${LAST_NAMES[Math.floor(index / FIRST_NAMES.length) % LAST_NAMES.length]!}`,
          address: { line1: `${1 + (index % 90)} rue de la République`, postcode: '69002', city: 'Lyon' },
        },
        recipientId: INSURERS[index % INSURERS.length]!.id,
        contracts: [{ number: `HIST-${String(index).padStart(5, '0')}` }],
        reason: 'custom',
        customReasonText: 'Résiliation de démonstration',
      });
      if (index % 5 === 4) {
        const dispatchDate = addDays(now.toISOString().slice(0, 10), 30 + (index % 60));
        sandbox.store.put<LetterRecord>(COLLECTIONS.letters, {
          ...draft,
          status: 'scheduled',
          sendMode: 'scheduled',
          scheduledDate: dispatchDate,
          dispatchDate,
          price: priceOf(sandbox.prices, 'lre'),
          validatedAt: createdAt.toISOString(),
          cancellableUntil: parisInstantOf(dispatchDate).toISOString(),
        });
      }
    }
  });
}

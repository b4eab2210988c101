import { addDays, DRAFT_RETENTION_MONTHS, parisTimeToInstant } from '@jrmc/core';
import type { Subscriber } from '@jrmc/core/contract';
import { COLLECTIONS, type LetterEventRecord, type LetterRecord } from '../services/records.js';
import { createTerminationDraft } from '../services/termination-drafts.js';
import { newId } from '../services/ids.js';
import { priceOf } from '../services/prices.js';
import type { Sandbox } from '../sandbox.js';

const FIRST_NAMES = ['Éloïse', 'Jean', 'Camille', 'Louis', 'Inès', 'Hugo', 'Léa', 'Nathan', 'Chloé', 'Gabriel'];
const LAST_NAMES = ['Martin', 'Bernard', 'Dubois', 'Thomas', 'Robert', 'Richard', 'Petit', 'Durand', 'Leroy', 'Moreau'];
const INSURER_IDS = ['ins_axa', 'ins_maif'];
const HOUR_MS = 3_600_000;
// The oldest seeded letter stays well inside a draft's life (core's DRAFT_RETENTION_MONTHS untouched, then it
// expires): three quarters of it, counted in 30-day months (18 months: 540 days). The first request then purges
// none of them: an account seeded with 100,000 letters shows 100,000.
const MAX_SPAN_MS = ((DRAFT_RETENTION_MONTHS * 3) / 4) * 30 * 24 * HOUR_MS;

type TerminationRecord = Extract<LetterRecord, { service: 'termination' }>;

function subscriberOf(index: number): Subscriber {
  return {
    kind: 'person',
    civility: index % 2 ? 'M.' : 'Mme',
    firstName: FIRST_NAMES[index % FIRST_NAMES.length]!,
    lastName: LAST_NAMES[Math.floor(index / FIRST_NAMES.length) % LAST_NAMES.length]!,
    address: { line1: `${1 + (index % 90)} rue de la République`, postcode: '69002', city: 'Lyon' },
  };
}

/**
 * Fills an account's history with `count` termination letters created over the past months (one an hour, at
 * most 18 months back, so no draft is old enough to expire) — four in five drafts, one in five scheduled
 * (billed) — to exercise history views at scale (demos, tests). No credit is moved.
 *
 * Fast on purpose (100,000 letters in seconds): the letters are created by the sandbox's own draft service
 * once per insurer (which checks the content and snapshots the insurer); every other letter is a copy of
 * that draft with its own id, dates, subscriber and contract, so the per-letter work is two prepared
 * inserts in one bulk transaction (records known to be new: no list to clear first; a larger page cache
 * meanwhile). Scheduled letters are written
 * once in their final state; Paris-time conversions come from core's per-day cache.
 */
export function seedHistory(sandbox: Sandbox, accountId: string, options: { count: number; assigneeIds?: string[] }): void {
  const now = sandbox.now(accountId);
  const base = sandbox.accountContext(accountId, null);
  const today = now.toISOString().slice(0, 10);
  const price = priceOf(sandbox.prices, 'lre');
  sandbox.store.bulkTransaction(() => {
    // One draft per insurer through the service; its `created` event is the template of the others'.
    const templates = new Map<string, { letter: TerminationRecord; event: LetterEventRecord }>();
    const templateFor = (recipientId: string, createdAt: Date, assigneeId: string | null) => {
      let template = templates.get(recipientId);
      if (!template) {
        const letter = createTerminationDraft({ ...base, profileId: assigneeId, now: createdAt }, { subscriber: subscriberOf(0), recipientId, contracts: [{ number: 'HIST-TEMPLATE' }], reason: 'custom', customReasonText: 'Résiliation de démonstration' });
        const [event] = sandbox.store.where<LetterEventRecord>(COLLECTIONS.letterEvents, { letter_id: letter.id });
        // The templates are not part of the history themselves.
        sandbox.store.deleteWhere(COLLECTIONS.letterEvents, { letter_id: letter.id });
        sandbox.store.delete(COLLECTIONS.letters, letter.id);
        template = { letter, event: event! };
        templates.set(recipientId, template);
      }
      return template;
    };
    // One an hour, or closer together when that would reach past the span.
    const spacingMs = Math.min(HOUR_MS, MAX_SPAN_MS / Math.max(1, options.count));
    for (let index = 0; index < options.count; index += 1) {
      const createdAt = new Date(now.getTime() - Math.round((options.count - index) * spacingMs));
      const created = createdAt.toISOString();
      const assigneeId = options.assigneeIds?.[index % options.assigneeIds.length] ?? null;
      const template = templateFor(INSURER_IDS[index % INSURER_IDS.length]!, createdAt, assigneeId);
      let letter: TerminationRecord = {
        ...template.letter,
        id: newId('let'),
        assigneeId,
        subscriber: subscriberOf(index),
        contracts: [{ number: `HIST-${String(index).padStart(5, '0')}` }],
        createdAt: created,
        updatedAt: created,
      };
      if (index % 5 === 4) {
        const dispatchDate = addDays(today, 30 + (index % 60));
        letter = { ...letter, status: 'scheduled', sendMode: 'scheduled', scheduledDate: dispatchDate, dispatchDate, price, validatedAt: created, cancellableUntil: parisTimeToInstant(dispatchDate).toISOString() };
      }
      sandbox.store.insert<LetterRecord>(COLLECTIONS.letters, letter);
      sandbox.store.insert<LetterEventRecord>(COLLECTIONS.letterEvents, { ...template.event, id: newId('lev'), letterId: letter.id, at: created });
    }
  });
}

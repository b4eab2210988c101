import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { RecordShapeError } from '../src/db/record-codec.js';
import { createAccount, createSandbox, seedHistory, type Sandbox } from '../src/index.js';
import { COLLECTIONS, type LedgerRecord, type LetterRecord } from '../src/services/records.js';

// `store.insert` is the path of records known to be new (seeding, every creation): a plain INSERT, no list
// cleared first. These tests hold it to the same guarantees as `put`.

function sandboxWithLetter(): { sandbox: Sandbox; accountId: string; letter: LetterRecord } {
  const sandbox = createSandbox({ frozen: true, startAt: new Date('2026-11-30T09:00:00Z') });
  const { accountId } = createAccount(sandbox, { name: 'Cabinet Insertion', credit: 0 });
  seedHistory(sandbox, accountId, { count: 5 });
  const [letter] = sandbox.store.where<LetterRecord>(COLLECTIONS.letters, { account_id: accountId }, { limit: 1 });
  return { sandbox, accountId, letter: letter! };
}

const termination = (letter: LetterRecord) => letter as Extract<LetterRecord, { service: 'termination' }>;

describe('SandboxStore.insert', () => {
  it('writes a new letter with its lists; it reads back identical, and put replaces its lists later', () => {
    const { sandbox, letter } = sandboxWithLetter();
    try {
      const copy = { ...termination(letter), id: 'let_inserted', contracts: [{ number: 'A-1' }, { number: 'A-2', label: 'Habitation' }] };
      sandbox.store.transaction(() => sandbox.store.insert<LetterRecord>(COLLECTIONS.letters, copy));
      assert.deepEqual(sandbox.store.get(COLLECTIONS.letters, 'let_inserted'), copy);
      const changed = { ...copy, contracts: [{ number: 'B-1' }] };
      sandbox.store.transaction(() => sandbox.store.put<LetterRecord>(COLLECTIONS.letters, changed));
      assert.deepEqual(sandbox.store.get(COLLECTIONS.letters, 'let_inserted'), changed);
    } finally {
      sandbox.close();
    }
  });

  it('indexes an inserted letter like a put one (same derived columns)', () => {
    const { sandbox, letter } = sandboxWithLetter();
    try {
      const derived = (id: string) =>
        sandbox.store.query((db) => db.selectFrom('letters').select(['trashed', 'created_on', 'search', 'due_at', 'needs_proof', 'summary']).where('id', '=', id))[0]!;
      const before = derived(letter.id);
      sandbox.store.transaction(() => sandbox.store.put<LetterRecord>(COLLECTIONS.letters, letter));
      assert.deepEqual(derived(letter.id), before);
      assert.ok(before.due_at && before.created_on && before.search?.includes(letter.id.toLowerCase()));
    } finally {
      sandbox.close();
    }
  });

  it('refuses an id already stored and leaves that record (and its lists) as they were', () => {
    const { sandbox, letter } = sandboxWithLetter();
    try {
      const other = { ...termination(letter), contracts: [{ number: 'X-9' }], updatedAt: '2026-12-01T00:00:00.000Z' };
      assert.throws(() => sandbox.store.transaction(() => sandbox.store.insert<LetterRecord>(COLLECTIONS.letters, other)), /UNIQUE/);
      assert.deepEqual(sandbox.store.get(COLLECTIONS.letters, letter.id), letter);
    } finally {
      sandbox.close();
    }
  });

  it('refuses a field the table has no column for (RecordShapeError), in the record or in a list item, writing nothing', () => {
    const { sandbox, letter } = sandboxWithLetter();
    try {
      assert.throws(
        () => sandbox.store.transaction(() => sandbox.store.insert(COLLECTIONS.letters, { ...letter, id: 'let_colour', colour: 'blue' })),
        (error) => error instanceof RecordShapeError && /colour/.test(error.message),
      );
      assert.throws(
        () => sandbox.store.transaction(() => sandbox.store.insert(COLLECTIONS.letters, { ...termination(letter), id: 'let_item', contracts: [{ number: 'A-1', colour: 'blue' }] })),
        (error) => error instanceof RecordShapeError && /letter_contracts/.test(error.message),
      );
      assert.equal(sandbox.store.get(COLLECTIONS.letters, 'let_colour'), undefined);
      assert.equal(sandbox.store.get(COLLECTIONS.letters, 'let_item'), undefined);
    } finally {
      sandbox.close();
    }
  });

  it('writes only inside a transaction', () => {
    const { sandbox, accountId } = sandboxWithLetter();
    try {
      const entry: LedgerRecord = { id: 'led_outside', accountId, amount: 100, kind: 'top_up', letterId: null, at: '2026-11-30T09:00:00.000Z' };
      assert.throws(() => sandbox.store.insert(COLLECTIONS.ledger, entry), /inside transaction/);
      assert.equal(sandbox.store.get(COLLECTIONS.ledger, 'led_outside'), undefined);
    } finally {
      sandbox.close();
    }
  });

  it('reads back any inserted ledger entry exactly (property)', () => {
    const sandbox = createSandbox({ frozen: true });
    const { accountId } = createAccount(sandbox, { name: 'Cabinet Propriété', credit: 0 });
    let sequence = 0;
    try {
      fc.assert(
        fc.property(
          fc.integer({ min: -1e9, max: 1e9 }),
          fc.constantFrom('top_up', 'debit', 'refund', 'closure'),
          fc.option(fc.stringMatching(/^let_[a-f0-9]{1,16}$/), { nil: null }),
          fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2100-01-01T00:00:00Z'), noInvalidDate: true }),
          (amount, kind, letterId, at) => {
            const entry = { id: `led_${(sequence += 1)}`, accountId, amount, kind, letterId, at: at.toISOString() } as LedgerRecord;
            sandbox.store.transaction(() => sandbox.store.insert(COLLECTIONS.ledger, entry));
            assert.deepEqual(sandbox.store.get(COLLECTIONS.ledger, entry.id), entry);
          },
        ),
        { numRuns: 300 },
      );
    } finally {
      sandbox.close();
    }
  });
});

describe('SandboxStore.bulkTransaction', () => {
  it('commits like a transaction with a larger page cache meanwhile, then the normal cache again', () => {
    const { sandbox, letter } = sandboxWithLetter();
    try {
      const normal = sandbox.store.pageCacheKib;
      let during = 0;
      sandbox.store.bulkTransaction(() => {
        during = sandbox.store.pageCacheKib;
        sandbox.store.insert<LetterRecord>(COLLECTIONS.letters, { ...letter, id: 'let_bulk' });
      });
      assert.ok(during > normal, `${during} KiB while writing, ${normal} KiB otherwise`);
      assert.equal(sandbox.store.pageCacheKib, normal);
      assert.ok(sandbox.store.get(COLLECTIONS.letters, 'let_bulk'));
    } finally {
      sandbox.close();
    }
  });

  it('writes nothing when the work fails, and still sets the cache back', () => {
    const { sandbox, letter } = sandboxWithLetter();
    try {
      const normal = sandbox.store.pageCacheKib;
      assert.throws(() =>
        sandbox.store.bulkTransaction(() => {
          sandbox.store.insert<LetterRecord>(COLLECTIONS.letters, { ...letter, id: 'let_half' });
          sandbox.store.insert<LetterRecord>(COLLECTIONS.letters, letter); // an id already stored: refused
        }),
      );
      assert.equal(sandbox.store.get(COLLECTIONS.letters, 'let_half'), undefined);
      assert.equal(sandbox.store.pageCacheKib, normal);
    } finally {
      sandbox.close();
    }
  });
});

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import Database from 'better-sqlite3';
import fc from 'fast-check';
import type { Column } from '../src/db/column-types.js';
import { DOCUMENT_STORE_MIGRATIONS } from '../src/db/legacy-schema.js';
import { RecordShapeError } from '../src/db/record-codec.js';
import { CHILD_TABLES, RECORD_TABLES, type Collection } from '../src/db/record-tables.js';
import { MIGRATIONS } from '../src/db/schema.js';
import { SandboxStore } from '../src/db/store.js';
import { createAccount, createSandbox, seedHistory } from '../src/index.js';
import { COLUMN_VALUES } from '../src/services/columns.js';
import { completeDraft, martin, startTestSandbox, temporaryDatabase } from './helpers.js';
import { onePagePdfBase64 } from './pdf-samples.js';
import { samplePdfBase64 } from './sample-pdf.js';

const COLLECTIONS = Object.keys(RECORD_TABLES) as Collection[];
type Snapshot = Record<Collection, { id: string }[]>;

/** Every record of every collection, in stored order. */
function snapshot(store: SandboxStore): Snapshot {
  return Object.fromEntries(COLLECTIONS.map((collection) => [collection, store.where<{ id: string }>(collection, {})])) as Snapshot;
}

/** A database file as migrations 1–4 left it: each record a JSON body (the legacy indexed columns filled as they were). */
function writeDocumentStore(path: string, records: Snapshot): void {
  const db = new Database(path);
  db.transaction(() => {
    for (const step of DOCUMENT_STORE_MIGRATIONS) for (const statement of step) db.exec(statement);
    db.pragma(`user_version = ${DOCUMENT_STORE_MIGRATIONS.length}`);
    for (const collection of COLLECTIONS) {
      const table = RECORD_TABLES[collection].table;
      const insert = db.prepare(`INSERT INTO ${table} (id, body) VALUES (?, ?)`);
      for (const record of records[collection]) insert.run(record.id, JSON.stringify(record));
    }
  })();
  db.close();
}

/** Data of every kind, made through the API: letters of each service and state, files, dossiers, ledger, invoices… */
async function richSandboxData(): Promise<Snapshot> {
  const sandbox = await startTestSandbox({ server: { allowLoopbackWebhooks: true } });
  try {
    const { client } = sandbox;
    seedHistory(sandbox.sandbox, sandbox.accountId, { count: 60, assigneeIds: sandbox.profileIds });
    const draft = await completeDraft(client, { reason: 'echeance', facts: { renewalDate: '2027-03-01' }, withAcknowledgement: true, contracts: [{ number: 'AUTO-1', label: 'Auto – Clio' }, { number: 'MRH-2' }] });
    await client.letters.attachments.upload(draft.id, { kind: 'client-mandate', fileName: 'mandat.pdf', contentBase64: await onePagePdfBase64() });
    await client.letters.send(draft.id, { mode: 'now' });
    await completeDraft(client, { reason: 'custom', customReasonText: 'Départ' });
    const paper = await client.paperMail.create({ product: 'recommande-ar', addressee: { name: 'Mairie de Lyon', address: martin.address }, document: { filename: 'courrier.pdf', contentBase64: samplePdfBase64(2) } });
    await client.paperMail.send(paper.id, { mode: 'now' });
    const dossier = await client.loanDossiers.create({
      subscriber: martin,
      bankId: 'bnk_bnp',
      loanReferences: ['PR-1 SANDBOX-BANQUE-ACCEPTE-J3', 'PR-2'],
      oldInsurerId: 'ins_cnp',
      oldContractReferences: ['CNP-1'],
      newInsurerName: 'April',
      newContractReferences: ['APR-9', 'APR-10'],
      effectiveDate: '2027-03-01',
      route: 'lre',
    });
    await client.loanDossiers.sendSubstitution(dossier.id, { mode: 'now' });
    await client.credit.topUp({ amount: 5000, paymentToken: 'tok_visa' });
    await client.webhookEndpoints.create({ url: 'http://127.0.0.1:9/hooks', events: ['letter.signed', 'credit.topped_up'] });
    await client.helpRequests.create({ kind: 'training', message: 'Formation', preferredDate: '2026-12-10' });
    await client.sandbox.advanceClock({ days: 40 });
    // After the advance: expired sessions are purged by it.
    await client.sessions.create({ scopes: ['letters:read'], ttlSeconds: 600 });
    return snapshot(sandbox.sandbox.store);
  } finally {
    await sandbox.close();
  }
}

describe('the relational schema (migrations 5 and 6)', () => {
  it('converts a document-store file: every record of every collection reads back identical, in the same order', async () => {
    const before = await richSandboxData();
    for (const collection of ['accounts', 'letters', 'letterEvents', 'proofs', 'documents', 'dossiers', 'ledger', 'receipts', 'invoices', 'endpoints', 'events', 'sessions', 'helpRequests', 'idempotency'] as const) {
      assert.ok(before[collection].length > 0, `the fixture has ${collection}`);
    }
    const path = temporaryDatabase();
    writeDocumentStore(path, before);

    const store = new SandboxStore(path, COLUMN_VALUES);
    try {
      assert.deepEqual(snapshot(store), before);
    } finally {
      store.close();
    }
    const db = new Database(path, { readonly: true });
    try {
      assert.equal(db.pragma('user_version', { simple: true }), MIGRATIONS.length);
      const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[];
      assert.deepEqual(tables.filter((table) => table.name.startsWith('legacy_')), []);
      for (const { name } of tables) {
        const columns = (db.prepare(`PRAGMA table_info(${name})`).all() as { name: string }[]).map((column) => column.name);
        assert.ok(!columns.includes('body'), `${name} has no body column`);
      }
      // The lists are rows: a letter's contracts, a dossier's references, an invoice's lines.
      assert.ok((db.prepare('SELECT COUNT(*) AS n FROM letter_contracts').get() as { n: number }).n >= 2);
      assert.equal((db.prepare("SELECT COUNT(*) AS n FROM loan_dossier_references WHERE list = 'new_contract'").get() as { n: number }).n, 2);
      assert.ok((db.prepare('SELECT COUNT(*) AS n FROM invoice_lines').get() as { n: number }).n > 0);
    } finally {
      db.close();
    }
  });

  it('migration 6 computes the letters’ history summaries again: a dossier’s letter names its dossier', async () => {
    const path = temporaryDatabase();
    writeDocumentStore(path, await richSandboxData());
    new SandboxStore(path, COLUMN_VALUES).close();
    const summaries = () => {
      const db = new Database(path, { readonly: true });
      try {
        return db.prepare('SELECT id, summary FROM letters ORDER BY rowid').all() as { id: string; summary: string }[];
      } finally {
        db.close();
      }
    };
    const current = summaries();
    const dossierLetters = current.filter((row) => JSON.parse(row.summary).dossierId !== null);
    assert.ok(dossierLetters.length > 0 && dossierLetters.every((row) => /^dos_/.test(JSON.parse(row.summary).dossierId)));
    // A file as schema 5 left it: summaries written before they carried `dossierId`.
    const db = new Database(path);
    db.exec("UPDATE letters SET summary = json_remove(summary, '$.dossierId')");
    db.pragma('user_version = 5');
    db.close();
    assert.ok(summaries().every((row) => !('dossierId' in JSON.parse(row.summary))));

    new SandboxStore(path, COLUMN_VALUES).close();
    assert.deepEqual(summaries(), current);
  });

  it('leaves the file as it was when the old data breaks a foreign key', () => {
    const path = temporaryDatabase();
    const records = Object.fromEntries(COLLECTIONS.map((collection) => [collection, []])) as unknown as Snapshot;
    records.letterEvents = [{ id: 'evt_1', accountId: 'acc_gone', letterId: 'let_gone', type: 'created', at: '2026-11-30T09:00:00.000Z', data: {} } as never];
    writeDocumentStore(path, records);
    assert.throws(() => new SandboxStore(path, COLUMN_VALUES), /refer to missing records/);
    const db = new Database(path, { readonly: true });
    try {
      assert.equal(db.pragma('user_version', { simple: true }), DOCUMENT_STORE_MIGRATIONS.length);
      assert.deepEqual(db.prepare('SELECT id FROM letter_events').all(), [{ id: 'evt_1' }]);
    } finally {
      db.close();
    }
  });

  it('creates, on a fresh database, exactly the columns the declarations describe', () => {
    const path = temporaryDatabase();
    new SandboxStore(path, COLUMN_VALUES).close();
    const db = new Database(path, { readonly: true });
    try {
      const declared = [...Object.values(RECORD_TABLES).map((definition) => ({ table: definition.table, columns: definition.columns as Record<string, Column> })), ...CHILD_TABLES.map((child) => ({ table: child.table, columns: child.columns }))];
      for (const { table, columns } of declared) {
        const actual = db.prepare(`PRAGMA table_info(${table})`).all() as { name: string; notnull: number; type: string }[];
        assert.deepEqual(
          actual.map((column) => [column.name, column.type, column.notnull === 1]),
          Object.entries(columns).map(([name, column]) => [name, column.sql, column.notNull]),
          table,
        );
      }
    } finally {
      db.close();
    }
  });

  it('refuses a record field the table has no column for, instead of dropping it', () => {
    const sandbox = createSandbox({ frozen: true });
    try {
      assert.throws(
        () => sandbox.store.transaction(() => sandbox.store.put('clocks', { id: 'acc_x', offsetMs: 0, frozenAtMs: null, colour: 'blue' })),
        (error) => error instanceof RecordShapeError && /colour/.test(error.message),
      );
      assert.equal(sandbox.store.get('clocks', 'acc_x'), undefined, 'nothing written');
    } finally {
      sandbox.close();
    }
  });

  it('reads back any ledger entry, delivery and clock exactly as written (property)', () => {
    const sandbox = createSandbox({ frozen: true });
    const { accountId } = createAccount(sandbox, { name: 'Cabinet Propriété', credit: 0 });
    const instant = fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2100-01-01T00:00:00Z'), noInvalidDate: true }).map((date) => date.toISOString());
    const id = fc.stringMatching(/^[a-z0-9_]{1,24}$/);
    try {
      fc.assert(
        fc.property(
          fc.record({ id, accountId: fc.constant(accountId), amount: fc.integer({ min: -1e9, max: 1e9 }), kind: fc.constantFrom('top_up', 'debit', 'refund', 'closure'), letterId: fc.option(id, { nil: null }), at: instant }),
          fc.record({
            id,
            accountId: fc.constant(accountId),
            eventId: id,
            endpointId: id,
            attempt: fc.integer({ min: 0, max: 10 }),
            status: fc.constantFrom('pending', 'succeeded', 'failed'),
            responseStatus: fc.option(fc.integer({ min: 100, max: 599 }), { nil: null }),
            nextAttemptAt: fc.option(instant, { nil: null }),
            lastAttemptAt: fc.option(instant, { nil: null }),
            createdAt: instant,
          }),
          fc.record({ id, offsetMs: fc.integer({ min: -1e12, max: 1e12 }), frozenAtMs: fc.option(fc.integer({ min: 0, max: 4e12 }), { nil: null }) }),
          (entry, delivery, clock) => {
            sandbox.store.transaction(() => {
              sandbox.store.put('ledger', entry);
              sandbox.store.put('deliveries', delivery);
              sandbox.store.put('clocks', clock);
            });
            // (fast-check's records have no prototype: compare with plain copies.)
            assert.deepEqual(sandbox.store.get('ledger', entry.id), { ...entry });
            assert.deepEqual(sandbox.store.get('deliveries', delivery.id), { ...delivery });
            assert.deepEqual(sandbox.store.get('clocks', clock.id), { ...clock });
          },
        ),
        { numRuns: 300 },
      );
    } finally {
      sandbox.close();
    }
  });
});

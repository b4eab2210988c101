import type Database from 'better-sqlite3';
import { RECORD_TABLES, type Collection } from './record-tables.js';
import { RELATIONAL_SCHEMA_V5 } from './relational-schema-v5.js';

/** Rows converted per read: the legacy table is read in rowid slices (better-sqlite3 cannot write while a read iterates). */
const SLICE = 500;

/**
 * Migration 5: converts a document-store database (every record a JSON `body`) to the relational schema,
 * inside the caller's transaction. Each legacy table is renamed aside, the new tables are created, every
 * record is parsed from its body and written through `write` (the store's own writer: typed columns, child
 * rows, derived columns) in its original order, then the legacy tables are dropped. A foreign key left
 * dangling by the old data fails the migration, which then leaves the file as it was.
 *
 * The records are written by the CURRENT codec: a later migration that adds a column to one of these tables
 * must also be a conversion (or run its ALTER before this writer is used), so the two stay in step.
 */
export function convertToRelational(db: Database.Database, write: (collection: Collection, doc: { id: string }) => void): void {
  const collections = Object.keys(RECORD_TABLES) as Collection[];
  for (const collection of collections) {
    const table = RECORD_TABLES[collection].table;
    const indexes = db.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL").all(table) as { name: string }[];
    for (const index of indexes) db.exec(`DROP INDEX ${index.name}`);
    db.exec(`ALTER TABLE ${table} RENAME TO legacy_${table}`);
  }
  for (const statement of RELATIONAL_SCHEMA_V5) db.exec(statement);
  for (const collection of collections) {
    const slice = db.prepare(`SELECT rowid AS position, body FROM legacy_${RECORD_TABLES[collection].table} WHERE rowid > ? ORDER BY rowid LIMIT ${SLICE}`);
    let after = 0;
    for (;;) {
      const rows = slice.all(after) as { position: number; body: string }[];
      for (const row of rows) write(collection, JSON.parse(row.body) as { id: string });
      if (rows.length < SLICE) break;
      after = rows.at(-1)!.position;
    }
  }
  for (const collection of collections) db.exec(`DROP TABLE legacy_${RECORD_TABLES[collection].table}`);
  const dangling = db.prepare('PRAGMA foreign_key_check').all() as { table: string; parent: string }[];
  if (dangling.length > 0) {
    const first = dangling[0]!;
    throw new Error(`Migration 5: ${dangling.length} row(s) refer to missing records (first: ${first.table} → ${first.parent})`);
  }
}

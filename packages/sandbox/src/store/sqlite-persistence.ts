import Database from 'better-sqlite3';
import type { Persistence, StoreChange, StoredDoc } from './document-store.js';

/**
 * Keeps the sandbox's documents in a SQLite file (better-sqlite3), so data survives restarts.
 * One table of JSON documents; each committed transaction is written in one SQLite transaction.
 */
export function sqlitePersistence(path: string): Persistence {
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.exec('CREATE TABLE IF NOT EXISTS documents (collection TEXT NOT NULL, id TEXT NOT NULL, body TEXT NOT NULL, PRIMARY KEY (collection, id))');
  const upsert = db.prepare('INSERT INTO documents (collection, id, body) VALUES (?, ?, ?) ON CONFLICT (collection, id) DO UPDATE SET body = excluded.body');
  const remove = db.prepare('DELETE FROM documents WHERE collection = ? AND id = ?');
  const writeAll = db.transaction((changes: readonly StoreChange[]) => {
    for (const change of changes) {
      if (change.doc) upsert.run(change.collection, change.id, JSON.stringify(change.doc));
      else remove.run(change.collection, change.id);
    }
  });
  return {
    *load() {
      // rowid order keeps insertion order, which lists rely on.
      for (const row of db.prepare('SELECT collection, body FROM documents ORDER BY rowid').iterate() as Iterable<{ collection: string; body: string }>) {
        yield { collection: row.collection, doc: JSON.parse(row.body) as StoredDoc };
      }
    },
    write(changes) {
      if (changes.length > 0) writeAll(changes);
    },
    close() {
      db.close();
    },
  };
}

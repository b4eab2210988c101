import Database from 'better-sqlite3';
import { MIGRATIONS, TABLES, type Collection } from './schema.js';

/** A stored record: every record has an id; account-owned records carry their account id. */
export interface StoredDoc {
  id: string;
}

type ColumnValue = string | number | null;

/** How the services layer derives each table's indexed columns from a record. */
export type ColumnValues = { [C in Collection]?: (doc: any) => Record<string, ColumnValue> };

/** Equality filters on indexed columns (`null` matches NULL). */
export type Filter = Record<string, ColumnValue | undefined>;

/** Options of {@link SandboxStore.page}: keyset pagination in insertion order. */
export interface PageOptions {
  /** Id of the last record of the previous page. */
  after?: string | null;
  limit: number;
  order: 'asc' | 'desc';
}

/** A cursor naming a record that is not (or no longer) in the list. */
export class UnknownCursorError extends Error {
  constructor() {
    super('Unknown cursor');
    this.name = 'UnknownCursorError';
  }
}

/**
 * The sandbox's data in SQLite (better-sqlite3): a file, or `:memory:`. Nothing is loaded at start;
 * every read is a query on an indexed column. Writes happen in {@link SandboxStore.transaction}, a
 * synchronous SQLite transaction: a request's debit and its letter commit together or not at all, and
 * no other request can interleave (better-sqlite3 is synchronous, Node runs one callback at a time).
 */
export class SandboxStore {
  readonly #db: Database.Database;
  readonly #columns: ColumnValues;
  readonly #statements = new Map<string, Database.Statement>();

  constructor(path: string, columns: ColumnValues) {
    this.#db = new Database(path);
    this.#db.pragma('journal_mode = WAL');
    // NORMAL in WAL mode: a killed process loses no committed transaction (only a power cut could).
    this.#db.pragma('synchronous = NORMAL');
    this.#db.pragma('busy_timeout = 5000');
    this.#columns = columns;
    migrate(this.#db);
  }

  get<T extends StoredDoc>(collection: Collection, id: string): T | undefined {
    const row = this.#statement(`SELECT body FROM ${TABLES[collection].table} WHERE id = ?`).get(id) as { body: string } | undefined;
    return row ? (JSON.parse(row.body) as T) : undefined;
  }

  /** Records matching `filter`, in insertion order (or its reverse), at most `limit`. */
  where<T extends StoredDoc>(collection: Collection, filter: Filter, options: { order?: 'asc' | 'desc'; limit?: number } = {}): T[] {
    const { clause, values } = whereClause(filter);
    const sql = `SELECT body FROM ${TABLES[collection].table}${clause} ORDER BY rowid ${options.order === 'desc' ? 'DESC' : 'ASC'}${options.limit ? ` LIMIT ${Math.trunc(options.limit)}` : ''}`;
    return (this.#statement(sql).all(...values) as { body: string }[]).map((row) => JSON.parse(row.body) as T);
  }

  /** One page of records matching `filter`, after the record `after` names. */
  page<T extends StoredDoc>(collection: Collection, filter: Filter, options: PageOptions): { docs: T[]; hasMore: boolean } {
    const table = TABLES[collection].table;
    const { clause, values } = whereClause(filter);
    let keyset = '';
    if (options.after) {
      const row = this.#statement(`SELECT rowid AS position FROM ${table}${clause ? `${clause} AND` : ' WHERE'} id = ?`).get(...values, options.after) as { position: number } | undefined;
      if (!row) throw new UnknownCursorError();
      keyset = `${clause ? ' AND' : ' WHERE'} rowid ${options.order === 'desc' ? '<' : '>'} ${row.position}`;
    }
    const sql = `SELECT body FROM ${table}${clause}${keyset} ORDER BY rowid ${options.order === 'desc' ? 'DESC' : 'ASC'} LIMIT ?`;
    const rows = this.#statement(sql).all(...values, options.limit + 1) as { body: string }[];
    return { docs: rows.slice(0, options.limit).map((row) => JSON.parse(row.body) as T), hasMore: rows.length > options.limit };
  }

  count(collection: Collection, filter: Filter = {}): number {
    const { clause, values } = whereClause(filter);
    return (this.#statement(`SELECT COUNT(*) AS n FROM ${TABLES[collection].table}${clause}`).get(...values) as { n: number }).n;
  }

  /** A read-only query the services layer writes for a path no equality filter serves (search, due work). */
  select<R>(sql: string, ...values: ColumnValue[]): R[] {
    return this.#statement(sql).all(...values) as R[];
  }

  /** Bodies of a `select` whose first column is `body`. */
  selectDocs<T extends StoredDoc>(sql: string, ...values: ColumnValue[]): T[] {
    return this.select<{ body: string }>(sql, ...values).map((row) => JSON.parse(row.body) as T);
  }

  put<T extends StoredDoc>(collection: Collection, doc: T): T {
    this.#assertInTransaction();
    const definition = TABLES[collection];
    const derived = this.#columns[collection]?.(doc) ?? {};
    const names = Object.keys(definition.columns);
    const sql = `INSERT INTO ${definition.table} (id, ${[...names, 'body'].join(', ')}) VALUES (?, ${names.map(() => '?').join(', ')}${names.length ? ', ' : ''}?)
      ON CONFLICT (id) DO UPDATE SET ${[...names, 'body'].map((name) => `${name} = excluded.${name}`).join(', ')}`;
    this.#statement(sql).run(doc.id, ...names.map((name) => derived[name] ?? null), JSON.stringify(doc));
    return doc;
  }

  delete(collection: Collection, id: string): void {
    this.#assertInTransaction();
    this.#statement(`DELETE FROM ${TABLES[collection].table} WHERE id = ?`).run(id);
  }

  /** Deletes every record matching `filter` (with an optional upper bound on one column); returns how many. */
  deleteWhere(collection: Collection, filter: Filter, before?: { column: string; value: string }): number {
    this.#assertInTransaction();
    const { clause, values } = whereClause(filter);
    const bound = before ? `${clause ? ' AND' : ' WHERE'} ${assertName(before.column)} < ?` : '';
    return this.#statement(`DELETE FROM ${TABLES[collection].table}${clause}${bound}`).run(...values, ...(before ? [before.value] : [])).changes;
  }

  /**
   * Runs `work` atomically. It must be synchronous: nothing else can interleave, so a transaction sees
   * and leaves a consistent state. Nested calls join the outer transaction.
   */
  transaction<T>(work: () => T): T {
    if (this.#db.inTransaction) return work();
    return this.#db.transaction(() => {
      const result = work();
      if (result instanceof Promise) throw new Error('SandboxStore.transaction: work must be synchronous');
      return result;
    })();
  }

  close(): void {
    if (this.#db.open) this.#db.close();
  }

  #statement(sql: string): Database.Statement {
    let statement = this.#statements.get(sql);
    if (!statement) {
      statement = this.#db.prepare(sql);
      this.#statements.set(sql, statement);
    }
    return statement;
  }

  #assertInTransaction(): void {
    if (!this.#db.inTransaction) throw new Error('SandboxStore: writes happen inside transaction()');
  }
}

function migrate(db: Database.Database): void {
  const version = db.pragma('user_version', { simple: true }) as number;
  if (version > MIGRATIONS.length) throw new Error(`The database was written by a newer sandbox (schema ${version}, this one knows ${MIGRATIONS.length})`);
  for (let index = version; index < MIGRATIONS.length; index += 1) {
    db.transaction(() => {
      for (const statement of MIGRATIONS[index]!) db.exec(statement);
      db.pragma(`user_version = ${index + 1}`);
    })();
  }
}

function whereClause(filter: Filter): { clause: string; values: ColumnValue[] } {
  const parts: string[] = [];
  const values: ColumnValue[] = [];
  for (const [name, value] of Object.entries(filter)) {
    if (value === undefined) continue;
    if (value === null) parts.push(`${assertName(name)} IS NULL`);
    else {
      parts.push(`${assertName(name)} = ?`);
      values.push(value);
    }
  }
  return { clause: parts.length ? ` WHERE ${parts.join(' AND ')}` : '', values };
}

// Column names come from code, never from a request; this keeps it that way.
function assertName(name: string): string {
  if (!/^[a-z_]+$/.test(name)) throw new Error(`Not a column name: ${name}`);
  return name;
}

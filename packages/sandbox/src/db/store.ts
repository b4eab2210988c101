import Database from 'better-sqlite3';
import { sql, type Compilable, type Kysely, type RawBuilder, type SelectQueryBuilder } from 'kysely';
import { compile, queryBuilder, type SqlValue } from './query-builder.js';
import type { ChildTable, RecordTable } from './column-types.js';
import { decodeRecord, encodeChildren, encodeRecord } from './record-codec.js';
import { convertToRelational } from './relational-migration.js';
import { MIGRATIONS, RECORD_TABLES, type Collection } from './schema.js';
import type { SandboxTables } from './tables.js';

/** SQLite's page cache per connection, in KiB. */
const PAGE_CACHE_KIB = 4096;
/**
 * The page cache while a bulk write runs ({@link SandboxStore.bulkTransaction}): new records' random ids land all over
 * the indexes, and with the normal cache most inserts reread pages (seeding 100,000 letters: 18.8 s with 4 MB, 17.3 s
 * with 64 MB). SQLite frees the extra pages when the cache is set back.
 */
const BULK_PAGE_CACHE_KIB = 65_536;
/** Records a re-derivation reads at once. */
const REDERIVE_SLICE = 500;

/** A stored record: every record has an id; account-owned records carry their account id. */
export interface StoredDoc {
  id: string;
}

type ColumnValue = SqlValue;

/**
 * How the services layer computes each table's DERIVED columns from a record (search text, due instant,
 * outbox flag…: the columns `record-tables.ts` declares with `derived`). The record's own fields are
 * mapped by the codec.
 */
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

/** A row as better-sqlite3 returns it. */
type Row = Record<string, SqlValue>;
/** The typed builder, loosened for the generic collection methods (their table and columns come from `RECORD_TABLES`). */
const anyTable = queryBuilder as unknown as Kysely<Record<string, Record<string, SqlValue>>>;

/**
 * A statement prepared once per query SHAPE (table, filtered columns, options): the Kysely builder runs
 * only the first time a shape is seen; later calls bind their values to the cached statement. The
 * values are listed by {@link SandboxStore} in the order the builder placed them, which the first
 * compilation checks.
 */
interface Shaped {
  statement: Database.Statement;
}

/**
 * The sandbox's data in SQLite (better-sqlite3): a file, or `:memory:`. Nothing is loaded at start;
 * every read is a query on an indexed column. Every query is built with Kysely against the typed rows of
 * `tables.ts` and run by a better-sqlite3 prepared statement. Writes happen in
 * {@link SandboxStore.transaction}, a synchronous SQLite transaction: a request's debit and its letter
 * commit together or not at all, and no other request can interleave (better-sqlite3 is synchronous,
 * Node runs one callback at a time).
 */
export class SandboxStore {
  readonly #db: Database.Database;
  readonly #columns: ColumnValues;
  readonly #bySql = new Map<string, Database.Statement>();
  readonly #byShape = new Map<string, Shaped>();

  constructor(path: string, columns: ColumnValues) {
    this.#db = new Database(path);
    this.#db.pragma('journal_mode = WAL');
    // NORMAL in WAL mode: a killed process loses no committed transaction (only a power cut could).
    this.#db.pragma('synchronous = NORMAL');
    this.#db.pragma('busy_timeout = 5000');
    // better-sqlite3 builds SQLite with a 16 MB page cache per connection; every request path reads a few
    // pages through an index and the OS keeps the file cached, so 4 MB serves as fast (measured: same search
    // and history-page latency at 120,000 letters) and keeps the server ~10 MB smaller once the cache has filled.
    this.#db.pragma(`cache_size = -${PAGE_CACHE_KIB}`);
    this.#columns = columns;
    migrate(this.#db, {
      // Migration 5 writes every record once into tables it has just created: each is new.
      insert: (collection, doc) => this.#write(collection, doc, 'insert'),
      rederive: (collection) => this.#rederive(collection),
    });
    // Checked at each commit (the keys are DEFERRABLE INITIALLY DEFERRED); off while migrating, see `migrate`.
    this.#db.pragma('foreign_keys = ON');
  }

  get<T extends StoredDoc>(collection: Collection, id: string): T | undefined {
    const table = RECORD_TABLES[collection].table;
    const row = this.#shaped(`get ${table}`, [id], () => anyTable.selectFrom(table).selectAll().where('id', '=', id)).get(id) as Row | undefined;
    return row ? this.#decode<T>(collection, row) : undefined;
  }

  /** Records matching `filter`, in insertion order (or its reverse), at most `limit`. */
  where<T extends StoredDoc>(collection: Collection, filter: Filter, options: { order?: 'asc' | 'desc'; limit?: number } = {}): T[] {
    const table = RECORD_TABLES[collection].table;
    const order = options.order === 'desc' ? 'desc' : 'asc';
    const limit = options.limit ? Math.trunc(options.limit) : undefined;
    const { shape, values } = filterShape(filter);
    const parameters = limit === undefined ? values : [...values, limit];
    const statement = this.#shaped(`where ${table} ${shape} ${order} ${limit === undefined ? '' : 'limit'}`, parameters, () => {
      const query = applyFilter(anyTable.selectFrom(table).selectAll(), filter).orderBy(sql.ref('rowid'), order);
      return limit === undefined ? query : query.limit(limit);
    });
    return (statement.all(...parameters) as Row[]).map((row) => this.#decode<T>(collection, row));
  }

  /** One page of records matching `filter`, after the record `after` names. */
  page<T extends StoredDoc>(collection: Collection, filter: Filter, options: PageOptions): { docs: T[]; hasMore: boolean } {
    const table = RECORD_TABLES[collection].table;
    const { shape, values } = filterShape(filter);
    let position: number | undefined;
    if (options.after) {
      const after = options.after;
      const row = this.#shaped(`position ${table} ${shape}`, [...values, after], () =>
        applyFilter(anyTable.selectFrom(table).select(sql<number>`rowid`.as('position')), filter).where('id', '=', after),
      ).get(...values, after) as { position: number } | undefined;
      if (!row) throw new UnknownCursorError();
      position = row.position;
    }
    const parameters = position === undefined ? [...values, options.limit + 1] : [...values, position, options.limit + 1];
    const statement = this.#shaped(`page ${table} ${shape} ${options.order} ${position === undefined ? 'first' : 'after'}`, parameters, () => {
      let query = applyFilter(anyTable.selectFrom(table).selectAll(), filter);
      if (position !== undefined) query = query.where(sql.ref('rowid'), options.order === 'desc' ? '<' : '>', position);
      return query.orderBy(sql.ref('rowid'), options.order).limit(options.limit + 1);
    });
    const rows = statement.all(...parameters) as Row[];
    return { docs: rows.slice(0, options.limit).map((row) => this.#decode<T>(collection, row)), hasMore: rows.length > options.limit };
  }

  /** The records of these ids that exist, in the order given (ids found by a typed query). */
  getMany<T extends StoredDoc>(collection: Collection, ids: readonly string[]): T[] {
    return ids.flatMap((id) => this.get<T>(collection, id) ?? []);
  }

  count(collection: Collection, filter: Filter = {}): number {
    const table = RECORD_TABLES[collection].table;
    const { shape, values } = filterShape(filter);
    const statement = this.#shaped(`count ${table} ${shape}`, values, () => applyFilter(anyTable.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')), filter));
    return (statement.get(...values) as { n: number }).n;
  }

  /**
   * Runs a typed read built with the package's Kysely query builder (`store.query(db => db.selectFrom('letters')…)`):
   * the row type is the builder's, checked against `tables.ts`.
   */
  query<R>(build: (db: typeof queryBuilder) => SelectQueryBuilder<SandboxTables, any, R>): R[] {
    const { sql: text, parameters } = compile(build(queryBuilder));
    return this.#statement(text).all(...parameters) as R[];
  }

  /**
   * A typed read compiled ONCE, for hot paths: `param(name)` stands for a value bound by name at each call
   * (better-sqlite3's `@name` parameters), so the query builder never runs again.
   *
   * @example
   * const due = store.prepareQuery((db, param) => db.selectFrom('letters').select('id').where('account_id', '=', param('accountId')));
   * due({ accountId: 'acc_1' });
   */
  prepareQuery<R, N extends string>(
    build: (db: typeof queryBuilder, param: (name: N) => RawBuilder<any>) => SelectQueryBuilder<SandboxTables, any, R>,
  ): (values: Record<N, ColumnValue>) => R[] {
    const { sql: text, parameters } = compile(build(queryBuilder, (name) => sql.raw(`@${assertName(name)}`)));
    if (parameters.length > 0) throw new Error('SandboxStore.prepareQuery: every value must be a param()');
    const statement = this.#statement(text);
    return (values) => statement.all(values) as R[];
  }

  /** Writes a record, new or not: its row is upserted and its lists replaced. */
  put<T extends StoredDoc>(collection: Collection, doc: T): T {
    this.#assertInTransaction();
    this.#write(collection, doc, 'upsert');
    return doc;
  }

  /**
   * Writes a record known to be NEW (a fresh id): a plain INSERT and its lists' rows, without clearing
   * lists it cannot have yet — the path of seeding and of every creation. An id already stored is refused
   * (SQLite's UNIQUE constraint), never overwritten: use {@link SandboxStore.put} to change a record.
   */
  insert<T extends StoredDoc>(collection: Collection, doc: T): T {
    this.#assertInTransaction();
    this.#write(collection, doc, 'insert');
    return doc;
  }

  delete(collection: Collection, id: string): void {
    this.#assertInTransaction();
    // A record's list rows go with it (ON DELETE CASCADE).
    const table = RECORD_TABLES[collection].table;
    this.#shaped(`delete ${table}`, [id], () => anyTable.deleteFrom(table).where('id', '=', id)).run(id);
  }

  /** Deletes every record matching `filter` (with an optional upper bound on one column); returns how many. */
  deleteWhere(collection: Collection, filter: Filter, before?: { column: string; value: string }): number {
    this.#assertInTransaction();
    const table = RECORD_TABLES[collection].table;
    const { shape, values } = filterShape(filter);
    const parameters = before ? [...values, before.value] : values;
    const statement = this.#shaped(`deleteWhere ${table} ${shape} ${before ? assertName(before.column) : ''}`, parameters, () => {
      const query = applyFilter(anyTable.deleteFrom(table), filter);
      return before ? query.where(assertName(before.column), '<', before.value) : query;
    });
    return statement.run(...parameters).changes;
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

  /** The size SQLite's page cache is set to, in KiB (diagnostics: what a bulk write changes and restores). */
  get pageCacheKib(): number {
    return -(this.#db.pragma('cache_size', { simple: true }) as number);
  }

  /**
   * A transaction that writes many records at once (seeding): the same as {@link SandboxStore.transaction}, with a
   * larger page cache while it runs, back to the normal one after, whatever happened.
   */
  bulkTransaction<T>(work: () => T): T {
    if (this.#db.inTransaction) return work();
    this.#db.pragma(`cache_size = -${BULK_PAGE_CACHE_KIB}`);
    try {
      return this.transaction(work);
    } finally {
      this.#db.pragma(`cache_size = -${PAGE_CACHE_KIB}`);
    }
  }

  close(): void {
    if (this.#db.open) this.#db.close();
  }

  /**
   * Writes a record: its row and its lists' rows. An upsert keeps an existing row's rowid (its place in
   * lists) and first clears the lists it replaces; an insert has no lists to clear.
   */
  #write(collection: Collection, doc: StoredDoc, mode: 'insert' | 'upsert'): void {
    const definition: RecordTable = RECORD_TABLES[collection];
    const row = encodeRecord(definition, doc as unknown as Record<string, unknown>, this.#columns[collection]?.(doc) ?? {});
    // `encodeRecord` lists every column, in the table's declared order: the statement's shape is the table's.
    const parameters = Object.values(row);
    this.#shaped(`${mode} ${definition.table}`, parameters, () => {
      const insert = anyTable.insertInto(definition.table).values(row);
      if (mode === 'insert') return insert;
      const update: Record<string, ReturnType<typeof sql.ref>> = {};
      for (const name of Object.keys(row)) if (name !== 'id') update[name] = sql.ref(`excluded.${name}`);
      return insert.onConflict((conflict) => conflict.column('id').doUpdateSet(update as never));
    }).run(...parameters);
    for (const child of definition.children) {
      if (mode === 'upsert') this.#clearList(child, doc.id);
      for (const item of encodeChildren(definition, child, doc as unknown as Record<string, unknown>, doc.id)) {
        const itemParameters = Object.values(item);
        this.#shaped(`insert ${child.table} ${Object.keys(item).join(',')}`, itemParameters, () => anyTable.insertInto(child.table).values(item)).run(...itemParameters);
      }
    }
  }

  /**
   * Computes every record's derived columns again, in rowid slices (better-sqlite3 cannot write while a read
   * iterates): only those columns are updated, the record's own fields and lists stay as stored.
   */
  #rederive(collection: Collection): void {
    const derive = this.#columns[collection];
    if (!derive) return;
    const table = RECORD_TABLES[collection].table;
    const slice = this.#db.prepare(`SELECT rowid AS position, * FROM ${assertName(table)} WHERE rowid > ? ORDER BY rowid LIMIT ${REDERIVE_SLICE}`);
    for (let after = 0; ; ) {
      const rows = slice.all(after) as (Row & { position: number })[];
      // The decoder reads the table's declared columns: `position` is left aside.
      for (const row of rows) {
        const values = derive(this.#decode<StoredDoc>(collection, row));
        const parameters = [...Object.values(values), row.id as string];
        this.#shaped(`rederive ${table} ${Object.keys(values).join(',')}`, parameters, () => anyTable.updateTable(table).set(values).where('id', '=', row.id as string)).run(...parameters);
      }
      if (rows.length < REDERIVE_SLICE) break;
      after = rows.at(-1)!.position;
    }
  }

  /** Deletes the rows of one of a record's lists (before they are written again). */
  #clearList(child: ChildTable, parentId: string): void {
    const fixed = Object.entries(child.fixed);
    const parameters = [parentId, ...fixed.map(([, value]) => value)];
    this.#shaped(`clear ${child.table} ${child.field}`, parameters, () => {
      let query = anyTable.deleteFrom(child.table).where(child.parent, '=', parentId);
      for (const [name, value] of fixed) query = query.where(name, '=', value);
      return query;
    }).run(...parameters);
  }

  #decode<T>(collection: Collection, row: Row): T {
    const definition: RecordTable = RECORD_TABLES[collection];
    const id = row.id as string;
    return decodeRecord(definition, row, (child) => this.#childRows(child, id)) as T;
  }

  #childRows(child: ChildTable, parentId: string): Row[] {
    const fixed = Object.entries(child.fixed);
    const parameters = [parentId, ...fixed.map(([, value]) => value)];
    const statement = this.#shaped(`children ${child.table} ${child.field}`, parameters, () => {
      let query = anyTable.selectFrom(child.table).selectAll().where(child.parent, '=', parentId);
      for (const [name, value] of fixed) query = query.where(name, '=', value);
      return query.orderBy('position');
    });
    return statement.all(...parameters) as Row[];
  }

  /** The statement of a query shape, built with Kysely the first time; `parameters` must be in builder order. */
  #shaped(shape: string, parameters: readonly ColumnValue[], build: () => Compilable<unknown>): Database.Statement {
    let shaped = this.#byShape.get(shape);
    if (!shaped) {
      const compiled = compile(build());
      // The first compilation proves the store lists the values in the order the builder placed them.
      if (compiled.parameters.length !== parameters.length || compiled.parameters.some((value, index) => value !== parameters[index])) {
        throw new Error(`SandboxStore: parameters of "${shape}" out of step with the query builder`);
      }
      shaped = { statement: this.#statement(compiled.sql) };
      this.#byShape.set(shape, shaped);
    }
    return shaped.statement;
  }

  #statement(text: string): Database.Statement {
    let statement = this.#bySql.get(text);
    if (!statement) {
      statement = this.#db.prepare(text);
      this.#bySql.set(text, statement);
    }
    return statement;
  }

  #assertInTransaction(): void {
    if (!this.#db.inTransaction) throw new Error('SandboxStore: writes happen inside transaction()');
  }
}

/** What a migration may ask of the store: write a record into new tables, or compute a collection's derived columns again. */
interface MigrationWriter {
  insert(collection: Collection, doc: StoredDoc): void;
  rederive(collection: Collection): void;
}

function migrate(db: Database.Database, writer: MigrationWriter): void {
  const version = db.pragma('user_version', { simple: true }) as number;
  if (version > MIGRATIONS.length) throw new Error(`The database was written by a newer sandbox (schema ${version}, this one knows ${MIGRATIONS.length})`);
  // Foreign keys cannot be switched inside a transaction: a conversion renames tables aside, so they stay off
  // while migrating and the conversion checks them itself before committing.
  db.pragma('foreign_keys = OFF');
  for (let index = version; index < MIGRATIONS.length; index += 1) {
    const migration = MIGRATIONS[index]!;
    db.transaction(() => {
      if ('convert' in migration) convertToRelational(db, writer.insert);
      else if ('rederive' in migration) writer.rederive(migration.rederive);
      else for (const statement of migration) db.exec(statement);
      db.pragma(`user_version = ${index + 1}`);
    })();
  }
}

/** A filter's shape (which columns, which are NULL tests) and its bound values, in the builder's order. */
function filterShape(filter: Filter): { shape: string; values: ColumnValue[] } {
  const parts: string[] = [];
  const values: ColumnValue[] = [];
  for (const [name, value] of Object.entries(filter)) {
    if (value === undefined) continue;
    parts.push(value === null ? `${assertName(name)}:null` : assertName(name));
    if (value !== null) values.push(value);
  }
  return { shape: parts.join(','), values };
}

interface Filterable<Q> {
  where(column: string, operator: '=' | 'is', value: ColumnValue): Q;
}

function applyFilter<Q extends Filterable<Q>>(query: Q, filter: Filter): Q {
  let filtered = query;
  for (const [name, value] of Object.entries(filter)) {
    if (value === undefined) continue;
    filtered = value === null ? filtered.where(assertName(name), 'is', null) : filtered.where(assertName(name), '=', value);
  }
  return filtered;
}

// Column names come from code, never from a request; this keeps it that way.
function assertName(name: string): string {
  if (!/^[A-Za-z_]+$/.test(name)) throw new Error(`Not a column name: ${name}`);
  return name;
}

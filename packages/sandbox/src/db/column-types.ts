import type { SqlValue } from './query-builder.js';

/**
 * One column of a record table and how it maps to the record's field. The typed row of each table (Kysely's
 * `SandboxTables`) is derived from these declarations, so the SQL the migrations create, the codec that
 * reads and writes rows and the types queries are checked against come from one place.
 */
export interface Column<V extends SqlValue = SqlValue> {
  /** The record's field; `null` for a column the services derive (search text, due instant…), never read back. */
  field: string | null;
  sql: 'TEXT' | 'INTEGER';
  /** `bool`: 0/1 ↔ boolean; `json`: a small value object kept whole (never filtered on). */
  encoding: 'plain' | 'bool' | 'json';
  notNull: boolean;
  /**
   * SQL NULL reads as an ABSENT field (optional fields), not as `null`. A `json` column can still hold a
   * present `null` (stored as the JSON text `null`), so `field?: T | null` reads back exactly.
   */
  absentWhenNull: boolean;
  /** CHECK (column IN (…)): the domain's enumeration. */
  oneOf: readonly string[] | null;
  /** FOREIGN KEY target table (its `id`). */
  references: string | null;
  /** Only records whose discriminator has this value carry the field (letters: `service`). */
  variant: string | null;
  /** Phantom: the row's value type, for `RowOf`. */
  readonly value?: V;
}

interface Options {
  nullable?: boolean;
  optional?: boolean;
  oneOf?: readonly string[];
  references?: string;
  variant?: string;
}
/** Any option that lets the column hold NULL. */
type MayBeNull = { nullable: true } | { optional: true } | { variant: string };
type ValueOf<T extends SqlValue, O> = O extends MayBeNull ? T | null : T;

function column<V extends SqlValue>(field: string | null, sql: Column['sql'], encoding: Column['encoding'], options: Options): Column<V> {
  const mayBeNull = Boolean(options.nullable || options.optional || options.variant);
  return {
    field,
    sql,
    encoding,
    notNull: !mayBeNull,
    absentWhenNull: Boolean(options.optional),
    oneOf: options.oneOf ?? null,
    references: options.references ?? null,
    variant: options.variant ?? null,
  };
}

export function text<const O extends Options = {}>(field: string, options?: O): Column<ValueOf<string, O>> {
  return column(field, 'TEXT', 'plain', options ?? {});
}
export function integer<const O extends Options = {}>(field: string, options?: O): Column<ValueOf<number, O>> {
  return column(field, 'INTEGER', 'plain', options ?? {});
}
export function bool<const O extends Options = {}>(field: string, options?: O): Column<ValueOf<number, O>> {
  return column(field, 'INTEGER', 'bool', options ?? {});
}
export function json<const O extends Options = {}>(field: string, options?: O): Column<ValueOf<string, O>> {
  return column(field, 'TEXT', 'json', options ?? {});
}
/** A column the services compute from the record (see `DerivedColumns`); rebuilt on every write. */
export function derived<const T extends 'TEXT' | 'INTEGER'>(sql: T): Column<(T extends 'TEXT' ? string : number) | null> {
  return column(null, sql, 'plain', { nullable: true });
}

/**
 * A list held by a record, kept in its own table, one row per item, in order (`position`). `item` maps an
 * object item's fields to columns; a list of plain strings uses a single column named by `scalar`.
 */
export interface ChildTable {
  table: string;
  /** The record's array field. */
  field: string;
  /** The column naming the parent row (cascade-deleted with it). */
  parent: string;
  parentTable: string;
  columns: Record<string, Column>;
  /** A list of strings: the column holding each string (its `field` is ignored). */
  scalar: string | null;
  /** Constant columns telling apart several lists kept in one table (a dossier's three reference lists). */
  fixed: Record<string, string>;
  /** Only records whose discriminator has this value (or one of these values) carry the list. */
  variant: string | readonly string[] | null;
}

/** A record table: its columns (by SQL name), its lists, and the field telling variants apart. */
export interface RecordTable {
  table: string;
  columns: Record<string, Column>;
  children: readonly ChildTable[];
  /** The field whose value selects the variant columns (letters: `service`). */
  discriminator: string | null;
}

/** The typed row of a table, from its column declarations. */
export type RowOf<C extends Record<string, Column>> = { [K in keyof C]: C[K] extends Column<infer V> ? V : never };

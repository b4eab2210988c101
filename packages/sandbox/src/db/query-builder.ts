import { DummyDriver, Kysely, SqliteAdapter, SqliteIntrospector, SqliteQueryCompiler, type Compilable } from 'kysely';
import type { SandboxTables } from './tables.js';

/**
 * Kysely used as a typed query BUILDER only: queries are compiled to SQL + parameters here and executed
 * by better-sqlite3's synchronous prepared statements (the store), never through Kysely's async driver
 * — so a whole request's writes still run in one synchronous SQLite transaction.
 */
export const queryBuilder = new Kysely<SandboxTables>({
  dialect: {
    createAdapter: () => new SqliteAdapter(),
    createDriver: () => new DummyDriver(),
    createIntrospector: (db) => new SqliteIntrospector(db),
    createQueryCompiler: () => new SqliteQueryCompiler(),
  },
});

export type SqlValue = string | number | null;

/** A compiled query: its SQL text and parameters in order. */
export interface CompiledSql {
  sql: string;
  parameters: readonly SqlValue[];
}

export function compile(query: Compilable<unknown>): CompiledSql {
  const compiled = query.compile();
  return { sql: compiled.sql, parameters: compiled.parameters as SqlValue[] };
}

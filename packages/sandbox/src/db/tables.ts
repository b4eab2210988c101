import type { RowOf } from './column-types.js';
import type { ChildRows, RECORD_TABLES } from './record-tables.js';

/**
 * The sandbox's tables as typed rows: these types ARE the schema the queries are checked against (Kysely
 * rejects an unknown table or column at compile time). Record tables are derived from their column
 * declarations in `record-tables.ts`; child tables (a record's lists) are declared there too.
 */
type Records = typeof RECORD_TABLES;
type RecordRows = { [C in keyof Records as Records[C]['table']]: RowOf<Records[C]['columns']> };

/** Every table by its SQL name. */
export interface SandboxTables extends RecordRows, ChildRows {}

export type TableName = keyof SandboxTables;

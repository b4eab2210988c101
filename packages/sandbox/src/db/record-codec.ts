import type { ChildTable, Column, RecordTable } from './column-types.js';
import type { SqlValue } from './query-builder.js';

/**
 * Row ↔ record mapping of the relational schema: a record's scalar fields go to their typed columns, its
 * value objects to JSON columns, its lists to child-table rows; reading does the reverse, so a record read
 * back is identical (deepStrictEqual) to the one written. A field the table has no column for is refused
 * loudly rather than dropped.
 */

type Doc = Record<string, unknown>;

/** Thrown when a record does not fit its table: an unknown field, or a list where none is declared. */
export class RecordShapeError extends Error {
  constructor(table: string, reason: string) {
    super(`${table}: ${reason}`);
    this.name = 'RecordShapeError';
  }
}

const isField = (column: Column): column is Column & { field: string } => column.field !== null && column.field !== '';

function variantOf(definition: RecordTable, doc: Doc): unknown {
  return definition.discriminator ? doc[definition.discriminator] : undefined;
}

const carries = (variant: string | readonly string[] | null, current: unknown) =>
  variant === null || variant === current || (Array.isArray(variant) && variant.includes(current as string));

function encodeValue(column: Column, value: unknown): SqlValue {
  if (value === undefined) return null;
  if (column.encoding === 'json') return value === null && !column.absentWhenNull ? null : JSON.stringify(value);
  if (value === null) return null;
  if (column.encoding === 'bool') return value ? 1 : 0;
  return value as SqlValue;
}

function decodeInto(target: Doc, columns: Record<string, Column>, row: Record<string, SqlValue>, variant: unknown): void {
  for (const [name, column] of Object.entries(columns)) {
    if (!isField(column) || !carries(column.variant, variant)) continue;
    const value = row[name];
    if (value === null || value === undefined) {
      if (!column.absentWhenNull) target[column.field] = null;
      continue;
    }
    target[column.field] = column.encoding === 'json' ? JSON.parse(value as string) : column.encoding === 'bool' ? value === 1 : value;
  }
}

// Computed once per table and variant: every write asks.
const knownByTable = new WeakMap<RecordTable, Map<unknown, Set<string>>>();
const itemColumnsByChild = new WeakMap<ChildTable, Record<string, Column>>();

/** The fields a record of this variant may carry. */
function knownFields(definition: RecordTable, variant: unknown): Set<string> {
  let byVariant = knownByTable.get(definition);
  if (!byVariant) knownByTable.set(definition, (byVariant = new Map()));
  let fields = byVariant.get(variant);
  if (!fields) byVariant.set(variant, (fields = collectFields(definition, variant)));
  return fields;
}

function collectFields(definition: RecordTable, variant: unknown): Set<string> {
  const fields = new Set<string>();
  for (const column of Object.values(definition.columns)) if (isField(column) && carries(column.variant, variant)) fields.add(column.field);
  for (const child of definition.children) if (carries(child.variant, variant)) fields.add(child.field);
  return fields;
}

/** The record's columns (derived ones from `derivedValues`), in the table's declared order. */
export function encodeRecord(definition: RecordTable, doc: Doc, derivedValues: Record<string, SqlValue>): Record<string, SqlValue> {
  const variant = variantOf(definition, doc);
  const known = knownFields(definition, variant);
  for (const [field, value] of Object.entries(doc)) {
    if (value !== undefined && !known.has(field)) throw new RecordShapeError(definition.table, `no column for field "${field}"${variant === undefined ? '' : ` of a ${String(variant)} record`}`);
  }
  const row: Record<string, SqlValue> = {};
  for (const [name, column] of Object.entries(definition.columns)) {
    if (!isField(column)) row[name] = derivedValues[name] ?? null;
    else row[name] = carries(column.variant, variant) ? encodeValue(column, doc[column.field]) : null;
  }
  return row;
}

/** The record a row holds, with its lists read by `childRows`. */
export function decodeRecord(definition: RecordTable, row: Record<string, SqlValue>, childRows: (child: ChildTable) => Record<string, SqlValue>[]): Doc {
  const doc: Doc = {};
  decodeInto(doc, definition.columns, row, undefined);
  const variant = variantOf(definition, doc);
  if (variant !== undefined) decodeInto(doc, definition.columns, row, variant);
  for (const child of definition.children) {
    if (!carries(child.variant, variant)) continue;
    const rows = childRows(child);
    doc[child.field] = rows.map((item) => {
      if (child.scalar) return item[child.scalar];
      const decoded: Doc = {};
      decodeInto(decoded, itemColumns(child), item, undefined);
      return decoded;
    });
  }
  return doc;
}

/** The columns holding an item's own fields (not the parent link, position or list tag). */
export function itemColumns(child: ChildTable): Record<string, Column> {
  let columns = itemColumnsByChild.get(child);
  if (!columns) itemColumnsByChild.set(child, (columns = ownColumns(child)));
  return columns;
}

function ownColumns(child: ChildTable): Record<string, Column> {
  return Object.fromEntries(Object.entries(child.columns).filter(([name, column]) => isField(column) && name !== child.parent && !(name in child.fixed)));
}

/** The child rows of a record's list, in order, with the parent link and list tag set. */
export function encodeChildren(definition: RecordTable, child: ChildTable, doc: Doc, parentId: string): Record<string, SqlValue>[] {
  if (!carries(child.variant, variantOf(definition, doc))) return [];
  const items = doc[child.field];
  if (items === undefined || items === null) return [];
  if (!Array.isArray(items)) throw new RecordShapeError(definition.table, `field "${child.field}" must be a list`);
  const columns = itemColumns(child);
  return items.map((item: unknown, index) => {
    const row: Record<string, SqlValue> = { [child.parent]: parentId, position: index, ...child.fixed };
    if (child.scalar) {
      row[child.scalar] = item as SqlValue;
      return row;
    }
    const fields = item as Doc;
    for (const [field, value] of Object.entries(fields)) {
      if (value !== undefined && !Object.values(columns).some((column) => column.field === field)) throw new RecordShapeError(child.table, `no column for field "${field}"`);
    }
    for (const [name, column] of Object.entries(columns)) row[name] = encodeValue(column, fields[column.field!]);
    return row;
  });
}

/** A stored document: every record has an id; account-owned records carry their account id. */
export interface StoredDoc {
  id: string;
}

/** One write, as persisted: `doc: null` deletes. */
export interface StoreChange {
  collection: string;
  id: string;
  doc: StoredDoc | null;
}

/** Where a store keeps its documents between runs (SQLite for the server; nothing in memory mode). */
export interface Persistence {
  /** Every stored document, to fill the store at start. */
  load(): Iterable<{ collection: string; doc: StoredDoc }>;
  /** Writes the changes of one committed transaction, atomically. */
  write(changes: readonly StoreChange[]): void;
  close(): void;
}

/**
 * The sandbox's data: collections of JSON documents held in memory (fast reads and filters over
 * thousands of letters) and written through to a {@link Persistence} at each commit.
 *
 * Every write happens in {@link DocumentStore.transaction}: either all of a request's changes (debit
 * the credit *and* record the letter) are kept and persisted together, or none. Stored documents are
 * frozen: handlers build new objects instead of mutating what they read.
 */
export class DocumentStore {
  readonly #collections = new Map<string, Map<string, StoredDoc>>();
  readonly #persistence: Persistence | undefined;
  #undo: (() => void)[] | undefined;
  #changes: StoreChange[] = [];

  constructor(persistence?: Persistence) {
    this.#persistence = persistence;
    for (const { collection, doc } of persistence?.load() ?? []) this.#table(collection).set(doc.id, deepFreeze(doc));
  }

  get<T extends StoredDoc>(collection: string, id: string): T | undefined {
    return this.#table(collection).get(id) as T | undefined;
  }

  /** Documents of a collection, optionally filtered, in insertion order. */
  list<T extends StoredDoc>(collection: string, predicate?: (doc: T) => boolean): T[] {
    const docs = [...this.#table(collection).values()] as T[];
    return predicate ? docs.filter(predicate) : docs;
  }

  count(collection: string): number {
    return this.#table(collection).size;
  }

  put<T extends StoredDoc>(collection: string, doc: T): T {
    this.#assertInTransaction();
    const table = this.#table(collection);
    const previous = table.get(doc.id);
    const frozen = deepFreeze(structuredClone(doc));
    table.set(doc.id, frozen);
    this.#undo!.push(() => (previous ? table.set(doc.id, previous) : table.delete(doc.id)));
    this.#changes.push({ collection, id: doc.id, doc: frozen });
    return frozen;
  }

  delete(collection: string, id: string): void {
    this.#assertInTransaction();
    const table = this.#table(collection);
    const previous = table.get(id);
    if (!previous) return;
    table.delete(id);
    this.#undo!.push(() => table.set(id, previous));
    this.#changes.push({ collection, id, doc: null });
  }

  /**
   * Runs `work` atomically. It must be synchronous: nothing else can interleave, so a transaction sees
   * and leaves a consistent state. Nested calls join the outer transaction.
   */
  transaction<T>(work: () => T): T {
    if (this.#undo) return work();
    this.#undo = [];
    this.#changes = [];
    try {
      const result = work();
      if (result instanceof Promise) throw new Error('DocumentStore.transaction: work must be synchronous');
      this.#persistence?.write(this.#changes);
      return result;
    } catch (error) {
      for (const undo of this.#undo.reverse()) undo();
      throw error;
    } finally {
      this.#undo = undefined;
      this.#changes = [];
    }
  }

  close(): void {
    this.#persistence?.close();
  }

  #table(collection: string): Map<string, StoredDoc> {
    let table = this.#collections.get(collection);
    if (!table) {
      table = new Map();
      this.#collections.set(collection, table);
    }
    return table;
  }

  #assertInTransaction(): void {
    if (!this.#undo) throw new Error('DocumentStore: writes happen inside transaction()');
  }
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const nested of Object.values(value)) deepFreeze(nested);
  }
  return value;
}

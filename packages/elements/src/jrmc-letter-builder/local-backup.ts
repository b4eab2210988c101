import type { BuilderDraft } from './builder-draft.js';

// Typed text survives a reload even before autosave reached the server: every change is also written to
// the browser's storage, under the account (so a shared browser never mixes two accounts' drafts).
const PREFIX = 'jrmc-letter-builder';

function keyOf(accountId: string, letterId: string | null): string {
  return `${PREFIX}:${accountId}:${letterId ?? 'new'}`;
}

function storage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null; // storage disabled (privacy settings): autosave to the server still works
  }
}

/** Keeps the draft locally (under its letter id, and as "new" until it has one). */
export function backUp(accountId: string, draft: BuilderDraft): void {
  const store = storage();
  if (!store) return;
  const text = JSON.stringify({ savedAt: Date.now(), draft });
  try {
    store.setItem(keyOf(accountId, draft.letterId), text);
    if (draft.letterId) store.setItem(keyOf(accountId, null), text);
  } catch {
    // quota exceeded: the server copy remains
  }
}

/** The local copy of a draft, if any. */
export function restore(accountId: string, letterId: string | null): BuilderDraft | null {
  const text = storage()?.getItem(keyOf(accountId, letterId));
  if (!text) return null;
  try {
    return (JSON.parse(text) as { draft: BuilderDraft }).draft;
  } catch {
    return null;
  }
}

/** Forgets the local copies once the letter is sent. */
export function forget(accountId: string, letterId: string | null): void {
  const store = storage();
  store?.removeItem(keyOf(accountId, letterId));
  store?.removeItem(keyOf(accountId, null));
}

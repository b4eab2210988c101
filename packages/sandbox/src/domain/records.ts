// The stored records moved to the services layer (../services/records.ts); the PDF renderers in
// ../documents still import them from here, so this path re-exports their types.
export type * from '../services/records.js';

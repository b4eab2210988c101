import { terminationReasons } from '@jrmc/core';
import { notFound } from '../http/api-error.js';
import { COLLECTIONS, type RecipientRecord } from '../domain/records.js';
import { normalizeSearch } from '../domain/search.js';
import type { HandlerInput } from '../http/handler.js';
import { paginate } from '../http/paginate.js';

export const directoryHandlers = {
  searchRecipients({ context, query }: HandlerInput) {
    const q = query.q ? normalizeSearch(query.q) : '';
    const matches = context.store
      .list<RecipientRecord>(COLLECTIONS.recipients, (recipient) => (!query.kind || recipient.kind === query.kind) && (!q || normalizeSearch(`${recipient.name} ${recipient.group ?? ''}`).includes(q)))
      .sort((a, b) => a.name.localeCompare(b.name, 'fr'));
    return paginate(matches, query, (recipient) => recipient);
  },

  getRecipient({ context, path }: HandlerInput) {
    const recipient = context.store.get<RecipientRecord>(COLLECTIONS.recipients, path.recipientId!);
    if (!recipient) throw notFound('recipient');
    return recipient;
  },

  listReasons: () => ({ data: terminationReasons() }),
};

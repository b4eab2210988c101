import { terminationReasons } from '@jrmc/core';
import { notFound } from '../../services/errors.js';
import { COLLECTIONS, type RecipientRecord } from '../../services/records.js';
import { normalizeSearch } from '../../services/search.js';
import type { HandlerInput } from '../handler.js';
import { paginate } from '../paginate.js';

export const directoryHandlers = {
  searchRecipients({ context, query }: HandlerInput) {
    const q = query.q ? normalizeSearch(query.q) : '';
    const matches = context.store
      .where<RecipientRecord>(COLLECTIONS.recipients, { kind: query.kind })
      .filter((recipient) => !q || normalizeSearch(`${recipient.name} ${recipient.group ?? ''}`).includes(q))
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

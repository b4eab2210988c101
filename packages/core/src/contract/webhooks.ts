import * as z from 'zod/mini';
import { Id, PageParams, Timestamp } from './common.js';
import { Letter } from './letters.js';
import { Invoice } from './invoices.js';
import { TopUp } from './credit.js';
import { LoanDossier } from './loan-dossiers.js';

/** Every event type a webhook endpoint can subscribe to: one per life-cycle change. */
export const WebhookEventType = z.enum([
  'letter.scheduled',
  'letter.sent',
  'letter.cancelled',
  'letter.rescheduled',
  'letter.picked_up',
  'letter.signed',
  'letter.refused',
  'letter.expired',
  'letter.in_transit',
  'letter.delivered',
  'letter.returned',
  'letter.trashed',
  'letter.restored',
  'letter.purged',
  'letter.investigation_opened',
  'letter.investigation_closed',
  'credit.topped_up',
  'invoice.created',
  'loan_dossier.created',
  'loan_dossier.substitution_sent',
  'loan_dossier.accepted',
  'loan_dossier.refused',
  'loan_dossier.termination_sent',
  'loan_dossier.reopened',
]);
export type WebhookEventType = z.infer<typeof WebhookEventType>;

const LetterEventTypes = WebhookEventType.options.filter((type) => type.startsWith('letter.')) as [
  WebhookEventType,
  ...WebhookEventType[],
];

const LoanDossierEventTypes = WebhookEventType.options.filter((type) => type.startsWith('loan_dossier.')) as [
  WebhookEventType,
  ...WebhookEventType[],
];

const eventBase = { id: Id, createdAt: Timestamp, accountId: Id };

/** A webhook event: `data` is typed by `type`. */
export const WebhookEvent = z.discriminatedUnion('type', [
  z.object({ ...eventBase, type: z.enum(LetterEventTypes), data: z.object({ letter: Letter }) }),
  z.object({ ...eventBase, type: z.literal('credit.topped_up'), data: z.object({ topUp: TopUp }) }),
  z.object({ ...eventBase, type: z.literal('invoice.created'), data: z.object({ invoice: Invoice }) }),
  z.object({ ...eventBase, type: z.enum(LoanDossierEventTypes), data: z.object({ dossier: LoanDossier }) }),
]);
export type WebhookEvent = z.infer<typeof WebhookEvent>;

/** A registered endpoint. `secret` is shown once, at creation. */
export const WebhookEndpoint = z.object({
  id: Id,
  url: z.url(),
  events: z.array(WebhookEventType),
  createdAt: Timestamp,
  secret: z.optional(z.string()),
});
export type WebhookEndpoint = z.infer<typeof WebhookEndpoint>;

/** `POST /v1/webhook-endpoints`. */
export const WebhookEndpointCreateParams = z.object({
  url: z.url({ protocol: /^https?$/ }),
  /** Defaults to every event. */
  events: z.optional(z.array(WebhookEventType).check(z.minLength(1))),
});
export type WebhookEndpointCreateParams = z.infer<typeof WebhookEndpointCreateParams>;

/** `GET /v1/events`: the event log, newest first. */
export const EventListParams = z.extend(PageParams, {
  type: z.optional(WebhookEventType),
});
export type EventListParams = z.infer<typeof EventListParams>;

/** A delivery attempt of an event to an endpoint (sandbox log). */
export const WebhookDelivery = z.object({
  id: Id,
  eventId: Id,
  endpointId: Id,
  attempt: z.int(),
  status: z.enum(['succeeded', 'failed', 'pending']),
  responseStatus: z.nullable(z.int()),
  at: Timestamp,
});
export type WebhookDelivery = z.infer<typeof WebhookDelivery>;

// Letter statuses and services in English, loaded only when a page asks for English (French is the default).
import type { statusMessagesFr } from './status-messages.js';

export const statusMessagesEn: Record<keyof typeof statusMessagesFr, string> = {
  'status.draft': 'Being drafted',
  'status.scheduled': 'Scheduled',
  'status.cancelled': 'Cancelled (refunded)',
  'status.sent': 'Deposited',
  'status.picked_up': 'RELEVE (collected)',
  'status.signed': 'SIGNE (signed for)',
  'status.refused': 'Refused',
  'status.expired': 'Expired',
  'status.in_transit': 'In transit',
  'status.delivered': 'Delivered',
  'status.returned': 'Returned to sender',
  'service.termination': 'Termination',
  'service.borrower-insurance': 'Borrower insurance',
  'service.paper-mail': 'Paper mail',
};

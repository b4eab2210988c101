// Credit strings in English, loaded only when a page asks for English (French is the default).
import type { creditFr } from './credit-messages.js';

export const creditEn: Record<keyof typeof creditFr, string> = {
  'credit.title': 'Credit',
  'credit.balance': 'Balance: {balance}',
  'credit.low': 'Low credit: under {threshold}. Consider topping up.',
  'credit.topUp': 'Top up my account',
  'credit.amount': 'Amount',
  'credit.custom': 'Other amount (€)',
  'credit.customHint': 'From {min} to {max}.',
  'credit.pay': 'Pay {amount} by card',
  'credit.paying': 'Payment in progress…',
  'credit.done': 'Account credited with {amount}. Receipt {number}.',
  'credit.receipts': 'Receipts',
  'credit.noReceipts': 'No receipt yet.',
  'credit.download': 'Download receipt {number} ({date}, {amount})',
  'credit.amount.notANumber': 'Enter an amount in euros, e.g. 150 or 150.50.',
  'credit.amount.cents': 'At most two decimals (cents).',
  'credit.amount.tooLow': 'Amount too low: at least {min}.',
  'credit.amount.tooHigh': 'Amount too high: at most {max}.',
  'credit.noPayment': 'Card payment is not set up: the page must provide payment-token or tokenize (see the component’s documentation).',
  'credit.confirm.title': 'Confirm the payment',
  'credit.confirm.message': 'Your card will be charged {amount} and your JRMC credit will grow by as much (balance after payment: {after}). A receipt will be issued.',
  'credit.confirm.action': 'Pay {amount}',
  'credit.confirm.cancel': 'Do not pay',
};

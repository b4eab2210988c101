// Credit strings, French (default) and English; the English table has the same keys by type.
export const creditFr = {
  'credit.title': 'Crédit',
  'credit.balance': 'Solde : {balance}',
  'credit.low': 'Crédit bas : moins de {threshold}. Pensez à créditer votre compte.',
  'credit.topUp': 'Créditer mon compte',
  'credit.amount': 'Montant',
  'credit.custom': 'Autre montant (€)',
  'credit.customHint': 'De 10 € à 10 000 €.',
  'credit.pay': 'Payer {amount} par carte',
  'credit.paying': 'Paiement en cours…',
  'credit.done': 'Compte crédité de {amount}. Reçu {number}.',
  'credit.receipts': 'Reçus',
  'credit.noReceipts': 'Aucun reçu pour l’instant.',
  'credit.download': 'Télécharger le reçu {number} ({date}, {amount})',
  'credit.invalidAmount': 'Montant invalide : de 10 € à 10 000 €.',
} as const;

export const creditEn: Record<keyof typeof creditFr, string> = {
  'credit.title': 'Credit',
  'credit.balance': 'Balance: {balance}',
  'credit.low': 'Low credit: under {threshold}. Consider topping up.',
  'credit.topUp': 'Top up my account',
  'credit.amount': 'Amount',
  'credit.custom': 'Other amount (€)',
  'credit.customHint': 'From €10 to €10,000.',
  'credit.pay': 'Pay {amount} by card',
  'credit.paying': 'Payment in progress…',
  'credit.done': 'Account credited with {amount}. Receipt {number}.',
  'credit.receipts': 'Receipts',
  'credit.noReceipts': 'No receipt yet.',
  'credit.download': 'Download receipt {number} ({date}, {amount})',
  'credit.invalidAmount': 'Invalid amount: from €10 to €10,000.',
};

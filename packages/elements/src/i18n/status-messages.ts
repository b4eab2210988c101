// Letter statuses and services, as the lists and the tracker name them.
// French (the default); English, typed to the same keys, is in the -en file, loaded on demand.
export const statusMessagesFr = {
  'status.draft': 'En cours de création',
  'status.scheduled': 'Programmé',
  'status.cancelled': 'Annulé (remboursé)',
  'status.sent': 'Déposé',
  'status.picked_up': 'RELEVE',
  'status.signed': 'SIGNE',
  'status.refused': 'Refusé',
  'status.expired': 'Expiré',
  'status.in_transit': 'En cours d’acheminement',
  'status.delivered': 'Distribué',
  'status.returned': 'Retourné à l’expéditeur',
  'service.termination': 'Résiliation',
  'service.borrower-insurance': 'Assurance emprunteur',
  'service.paper-mail': 'Courrier papier',
} as const;

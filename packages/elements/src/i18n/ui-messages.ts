// The words every element's chrome uses (loading, saving, next, not connected…).
// French (the default); English, typed to the same keys, is in the -en file, loaded on demand.
export const uiMessagesFr = {
  'common.loading': 'Chargement…',
  'common.saving': 'Enregistrement…',
  'common.saved': 'Brouillon enregistré',
  'common.retry': 'Réessayer',
  'common.next': 'Continuer',
  'common.previous': 'Retour',
  'common.required': 'Ce champ est obligatoire.',
  'common.close': 'Fermer',
  'common.notConnected': 'Composant JRMC hors d’un <jrmc-provider> : aucune connexion à l’API.',
  'provider.label': 'Connexion JRMC',
} as const;

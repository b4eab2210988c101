// Every string of the site's own chrome (header, navigation, sandbox panel, controls, headings, table headers,
// demo notes), in French (the default, what the built HTML holds) and English. One table read twice: by the
// build (pages are written in French) and by the browser (site-controls.js swaps to the chosen language), so
// the two can never disagree. Content written elsewhere (components' JSDoc, the guides) keeps its own language.
export const SITE_STRINGS = {
  'site.tagline': { fr: 'playground · en direct contre la sandbox locale', en: 'playground · live against the local sandbox' },
  'site.settings': { fr: 'Réglages du site', en: 'Site settings' },
  'site.theme': { fr: 'Thème', en: 'Theme' },
  'site.theme.auto': { fr: 'auto', en: 'auto' },
  'site.theme.light': { fr: 'clair', en: 'light' },
  'site.theme.dark': { fr: 'sombre', en: 'dark' },
  'site.language': { fr: 'Langue', en: 'Language' },
  'site.nav': { fr: 'Site', en: 'Site' },
  'site.menu': { fr: 'Menu ↓', en: 'Menu ↓' },
  'site.skip': { fr: 'Aller au contenu', en: 'Skip to content' },

  'nav.components': { fr: 'Composants', en: 'Components' },
  'nav.guides': { fr: 'Guides', en: 'Guides' },
  'nav.reference': { fr: 'Référence', en: 'Reference' },
  'nav.typedoc': { fr: 'Référence de l’API (typedoc) :', en: 'API reference (typedoc):' },
  'nav.openapi': { fr: 'Document OpenAPI', en: 'OpenAPI document' },
  'nav.examples': { fr: 'Exemples', en: 'Examples' },
  'nav.example.vanilla-html': { fr: 'HTML seul', en: 'vanilla HTML' },

  'guide.getting-started': { fr: 'Premiers pas', en: 'Getting started' },
  'guide.session-tokens': { fr: 'Jetons de session', en: 'Session tokens' },
  'guide.frameworks': { fr: 'React, Vue et Angular', en: 'React, Vue and Angular' },
  'guide.theming': { fr: 'Thèmes', en: 'Theming' },
  'guide.localization': { fr: 'Langues', en: 'Localization' },
  'guide.rules': { fr: 'Les règles', en: 'The rules' },
  'guide.attachments-and-refusals': { fr: 'Pièces jointes et refus de délai', en: 'Attachments and timing refusals' },
  'guide.sandbox': { fr: 'La sandbox, son horloge et ses valeurs magiques', en: 'The sandbox, its clock and magic values' },
  'guide.webhooks': { fr: 'Webhooks', en: 'Webhooks' },
  'guide.paper-mail': { fr: 'Courrier papier', en: 'Paper mail' },
  'guide.borrower-insurance': { fr: 'Assurance emprunteur (loi Lemoine)', en: 'Borrower insurance (loi Lemoine)' },
  'guide.csp': { fr: 'Content Security Policy', en: 'Content Security Policy' },
  'guide.accessibility': { fr: 'Déclaration d’accessibilité', en: 'Accessibility statement' },
  'guide.account-portal': { fr: 'Le compte dans votre portail : ouverture, équipe, factures, aide', en: 'The account in your portal: setup, team, invoices, help' },
  'guide.in-english': { fr: 'Ce guide est rédigé en anglais.', en: '' },

  'panel.title': { fr: 'Sandbox', en: 'Sandbox' },
  'panel.time': { fr: 'Heure de la sandbox :', en: 'Sandbox time:' },
  'panel.day': { fr: '+1 jour', en: '+1 day' },
  'panel.days15': { fr: '+15 jours', en: '+15 days' },
  'panel.next-month': { fr: 'Mois suivant', en: 'Next month' },
  'panel.advance-to': { fr: 'Avancer au', en: 'Advance to' },
  'panel.go': { fr: 'Aller', en: 'Go' },
  'panel.top-up': { fr: 'Créditer 50 €', en: 'Top up 50 €' },
  'panel.reset': { fr: 'Réinitialiser le compte de démo', en: 'Reset the demo account' },
  'panel.moved': { fr: 'Heure de la sandbox déplacée au {time}.', en: 'Sandbox time moved to {time}.' },
  'panel.credited': { fr: '50 € crédités.', en: 'Credited 50 €.' },

  'home.title': { fr: 'Playground JRMC Kit', en: 'JRMC Kit playground' },
  'home.intro': {
    fr: 'Chaque composant ci-dessous fonctionne en direct contre la sandbox JRMC locale (données dans .sandbox-data/). La page ne détient aucune clé d’API : son backend émet des jetons de session sur /session, exactement comme le vôtre le fera.',
    en: 'Every component below runs live against the local JRMC sandbox (data in .sandbox-data/). The page holds no API key: its backend mints session tokens at /session, exactly as yours will.',
  },
  'home.builder': { fr: 'Rédaction d’un courrier', en: 'Letter builder' },
  'home.credit': { fr: 'Crédit', en: 'Credit' },
  'home.tracker': { fr: 'Suivi (dernier courrier)', en: 'Tracker (last letter)' },
  'home.history': { fr: 'Historique', en: 'History' },

  'page.live': { fr: 'En direct', en: 'Live' },
  'page.controls': { fr: 'Réglages', en: 'Controls' },
  'page.controls.hint': {
    fr: 'Chaque changement s’applique aussitôt à l’élément en direct ; le thème et la langue se règlent pour tout le site, en haut.',
    en: 'Each change is applied to the live element at once; theme and language are set for the whole site above.',
  },
  'page.controls.attributes': { fr: 'Attributs', en: 'Attributes' },
  'page.controls.properties': { fr: 'Propriétés (depuis un script)', en: 'Properties (set from script)' },
  'page.controls.none': { fr: 'Rien à régler ici : le thème et la langue sont en haut de la page.', en: 'Nothing to set here: theme and language are at the top of the page.' },
  'page.controls.default': { fr: '(par défaut)', en: '(default)' },
  'page.controls.apply': { fr: 'Appliquer', en: 'Apply' },
  'page.controls.json-hint': { fr: 'JSON ; appliqué avec « Appliquer » ou Ctrl+Entrée.', en: 'JSON; applied with “Apply” or Ctrl+Enter.' },
  'page.controls.applied': { fr: 'Appliqué.', en: 'Applied.' },
  'page.controls.invalid-json': { fr: 'JSON invalide : {reason}', en: 'Invalid JSON: {reason}' },
  'page.controls.expected-object': { fr: 'Un objet JSON ({…}) est attendu.', en: 'A JSON object ({…}) is expected.' },
  'page.controls.expected-object-or-null': { fr: 'Un objet JSON ({…}) ou null est attendu.', en: 'A JSON object ({…}) or null is expected.' },
  'page.controls.expected-array': { fr: 'Un tableau JSON ([…]) est attendu.', en: 'A JSON array ([…]) is expected.' },
  'page.controls.expected-array-or-null': { fr: 'Un tableau JSON ([…]) ou null est attendu.', en: 'A JSON array ([…]) or null is expected.' },
  'page.controls.code-only': { fr: 'À régler depuis votre code (pas une valeur JSON).', en: 'Set it from your code (not a JSON value).' },
  'page.events': { fr: 'Événements émis', en: 'Events fired' },
  'page.use-it': { fr: 'L’utiliser', en: 'Use it' },
  'page.framework': { fr: 'Framework', en: 'Framework' },
  'page.copy': { fr: 'Copier', en: 'Copy' },
  'page.copied': { fr: 'Copié ✓', en: 'Copied ✓' },
  'page.copy-failed': { fr: 'Sélectionnez le code pour le copier', en: 'Select the code to copy it' },
  'page.api': { fr: 'API', en: 'API' },
  'page.described-in-english': { fr: 'Les descriptions viennent du JSDoc des composants, rédigé en anglais.', en: '' },
  'page.reference': { fr: 'Référence :', en: 'Reference:' },
  'page.typedoc-of': { fr: 'typedoc de', en: 'typedoc of' },

  'table.attributes': { fr: 'Attributs', en: 'Attributes' },
  'table.properties': { fr: 'Propriétés', en: 'Properties' },
  'table.events': { fr: 'Événements', en: 'Events' },
  'table.slots': { fr: 'Slots', en: 'Slots' },
  'table.css-parts': { fr: 'Parties CSS', en: 'CSS parts' },
  'table.css-properties': { fr: 'Propriétés CSS personnalisées', en: 'CSS custom properties' },
  'column.attribute': { fr: 'Attribut', en: 'Attribute' },
  'column.property': { fr: 'Propriété', en: 'Property' },
  'column.type': { fr: 'Type', en: 'Type' },
  'column.default': { fr: 'Défaut', en: 'Default' },
  'column.description': { fr: 'Description', en: 'Description' },
  'column.event': { fr: 'Événement', en: 'Event' },
  'column.event-detail': { fr: 'Détail et sens', en: 'Detail and meaning' },
  'column.slot': { fr: 'Slot', en: 'Slot' },
  'column.part': { fr: 'Partie', en: 'Part' },
  'column.default-slot': { fr: '(par défaut)', en: '(default)' },

  'demo.provider': {
    fr: 'Le provider entoure chaque démo de ce site : il obtient ses jetons de session du backend du playground (/session).',
    en: 'The provider wraps every live demo of this site: it gets session tokens from the playground backend (/session).',
  },
  'demo.picker.label': { fr: 'Prise d’effet du nouveau contrat', en: 'Start of the new contract' },
  'demo.picker.submit': { fr: 'Envoyer le formulaire', en: 'Submit the form' },
  'demo.tracker': { fr: 'Suit le dernier courrier du compte de démo (envoyez-en un avec le composant de rédaction d’abord).', en: 'Follows the last letter of the demo account (send one with the builder first).' },
  'demo.paper-mail': {
    fr: 'Déposez un PDF A4, saisissez un destinataire (mettez SANDBOX-PERDU ou SANDBOX-RETOUR dans le nom pour forcer une issue), choisissez un produit et envoyez ; suivez-le dans le suivi d’envoi.',
    en: 'Drop an A4 PDF, type an addressee (put SANDBOX-PERDU or SANDBOX-RETOUR in the name to force an outcome), pick a product and send; follow it in the shipment tracker.',
  },
  'demo.loan-substitution': {
    fr: 'Mettez SANDBOX-BANQUE-ACCEPTE-J3 dans une référence de prêt : la banque accepte 3 jours après la signature de la demande quand vous avancez l’horloge.',
    en: 'Put SANDBOX-BANQUE-ACCEPTE-J3 in a loan reference: the bank accepts 3 days after signing for the request when you move the clock.',
  },
  'demo.loan-dossier': {
    fr: 'Choisissez un dossier dans la liste (ou enregistrez-en un avec le formulaire de substitution d’abord), puis avancez l’horloge.',
    en: 'Choose a dossier in the list (or save one with the substitution form first), then move the clock.',
  },
  'demo.account-setup': { fr: 'Le compte de démo est déjà prêt ; un nouveau compte montre chaque étape à accomplir.', en: 'The demo account is already ready; a new account shows each step to complete.' },
  'demo.invoices': { fr: 'Les factures arrivent le 1er du mois : avancez l’horloge de la sandbox après la fin du mois pour en voir une.', en: 'Invoices appear on the 1st: move the sandbox clock past the end of the month to see one.' },
  'demo.help-center': {
    fr: 'Clore le compte ici clôt le compte de démo pour de bon (redémarrez le playground pour en obtenir un nouveau).',
    en: 'Closing the account here closes the demo account for good (restart the playground to get a new one).',
  },
};

export const SITE_LOCALES = ['fr', 'en'];
export const DEFAULT_SITE_LOCALE = 'fr';
/** The attributes the browser re-translates (the build tags each one with `data-i18n-<attribute>`). */
export const TRANSLATED_ATTRIBUTES = ['aria-label', 'label', 'title', 'placeholder'];

/** A string of the table in a language, `{name}` placeholders filled (an unknown key is a bug: it throws). */
export function siteString(key, locale = DEFAULT_SITE_LOCALE, values = {}) {
  const entry = SITE_STRINGS[key];
  if (!entry) throw new Error(`site string "${key}" is not in SITE_STRINGS`);
  return (entry[locale] ?? entry[DEFAULT_SITE_LOCALE]).replace(/\{(\w+)\}/g, (whole, name) => (name in values ? String(values[name]) : whole));
}

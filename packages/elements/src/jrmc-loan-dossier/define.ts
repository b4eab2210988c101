import { JrmcLoanDossier } from './jrmc-loan-dossier.js';
import { attachContextRoot } from '../shared/context-root.js';

attachContextRoot();
if (!customElements.get('jrmc-loan-dossier')) customElements.define('jrmc-loan-dossier', JrmcLoanDossier);

declare global {
  interface HTMLElementTagNameMap {
    'jrmc-loan-dossier': JrmcLoanDossier;
  }
}

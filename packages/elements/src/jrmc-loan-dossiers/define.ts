import { JrmcLoanDossiers } from './jrmc-loan-dossiers.js';
import { attachContextRoot } from '../shared/context-root.js';

attachContextRoot();
if (!customElements.get('jrmc-loan-dossiers')) customElements.define('jrmc-loan-dossiers', JrmcLoanDossiers);

declare global {
  interface HTMLElementTagNameMap {
    'jrmc-loan-dossiers': JrmcLoanDossiers;
  }
}

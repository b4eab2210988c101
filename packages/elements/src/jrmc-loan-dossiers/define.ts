import { JrmcLoanDossiers } from './jrmc-loan-dossiers.js';
import { defineJrmcElement } from '../shared/define-element.js';

defineJrmcElement('jrmc-loan-dossiers', JrmcLoanDossiers);

declare global {
  interface HTMLElementTagNameMap {
    'jrmc-loan-dossiers': JrmcLoanDossiers;
  }
}

import { JrmcLoanDossier } from './jrmc-loan-dossier.js';
import { defineJrmcElement } from '../shared/define-element.js';

defineJrmcElement('jrmc-loan-dossier', JrmcLoanDossier);

declare global {
  interface HTMLElementTagNameMap {
    'jrmc-loan-dossier': JrmcLoanDossier;
  }
}

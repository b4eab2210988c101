import { JrmcLoanSubstitution } from './jrmc-loan-substitution.js';
import { defineJrmcElement } from '../shared/define-element.js';

defineJrmcElement('jrmc-loan-substitution', JrmcLoanSubstitution);

declare global {
  interface HTMLElementTagNameMap {
    'jrmc-loan-substitution': JrmcLoanSubstitution;
  }
}

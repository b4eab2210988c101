import { JrmcLoanSubstitution } from './jrmc-loan-substitution.js';
import { attachContextRoot } from '../shared/context-root.js';

attachContextRoot();
if (!customElements.get('jrmc-loan-substitution')) customElements.define('jrmc-loan-substitution', JrmcLoanSubstitution);

declare global {
  interface HTMLElementTagNameMap {
    'jrmc-loan-substitution': JrmcLoanSubstitution;
  }
}

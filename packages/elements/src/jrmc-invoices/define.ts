import { JrmcInvoices } from './jrmc-invoices.js';
import { attachContextRoot } from '../shared/context-root.js';

attachContextRoot();
if (!customElements.get('jrmc-invoices')) customElements.define('jrmc-invoices', JrmcInvoices);

declare global {
  interface HTMLElementTagNameMap {
    'jrmc-invoices': JrmcInvoices;
  }
}

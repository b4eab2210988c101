import { JrmcInvoices } from './jrmc-invoices.js';

if (!customElements.get('jrmc-invoices')) customElements.define('jrmc-invoices', JrmcInvoices);

declare global {
  interface HTMLElementTagNameMap {
    'jrmc-invoices': JrmcInvoices;
  }
}

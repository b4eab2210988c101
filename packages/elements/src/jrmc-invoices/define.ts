import { JrmcInvoices } from './jrmc-invoices.js';
import { defineJrmcElement } from '../shared/define-element.js';

defineJrmcElement('jrmc-invoices', JrmcInvoices);

declare global {
  interface HTMLElementTagNameMap {
    'jrmc-invoices': JrmcInvoices;
  }
}

import { JrmcCreditWidget } from './jrmc-credit-widget.js';

if (!customElements.get('jrmc-credit-widget')) customElements.define('jrmc-credit-widget', JrmcCreditWidget);

declare global {
  interface HTMLElementTagNameMap {
    'jrmc-credit-widget': JrmcCreditWidget;
  }
}

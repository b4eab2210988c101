import { JrmcCreditWidget } from './jrmc-credit-widget.js';
import { attachContextRoot } from '../shared/context-root.js';

attachContextRoot();
if (!customElements.get('jrmc-credit-widget')) customElements.define('jrmc-credit-widget', JrmcCreditWidget);

declare global {
  interface HTMLElementTagNameMap {
    'jrmc-credit-widget': JrmcCreditWidget;
  }
}

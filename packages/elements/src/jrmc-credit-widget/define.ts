import { JrmcCreditWidget } from './jrmc-credit-widget.js';
import { defineJrmcElement } from '../shared/define-element.js';

defineJrmcElement('jrmc-credit-widget', JrmcCreditWidget);

declare global {
  interface HTMLElementTagNameMap {
    'jrmc-credit-widget': JrmcCreditWidget;
  }
}

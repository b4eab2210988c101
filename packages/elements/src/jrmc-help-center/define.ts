import { JrmcHelpCenter } from './jrmc-help-center.js';
import { defineJrmcElement } from '../shared/define-element.js';

defineJrmcElement('jrmc-help-center', JrmcHelpCenter);

declare global {
  interface HTMLElementTagNameMap {
    'jrmc-help-center': JrmcHelpCenter;
  }
}

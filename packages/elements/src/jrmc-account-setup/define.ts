import { JrmcAccountSetup } from './jrmc-account-setup.js';
import { defineJrmcElement } from '../shared/define-element.js';

defineJrmcElement('jrmc-account-setup', JrmcAccountSetup);

declare global {
  interface HTMLElementTagNameMap {
    'jrmc-account-setup': JrmcAccountSetup;
  }
}

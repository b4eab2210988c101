import { JrmcProvider } from './jrmc-provider.js';
import { defineJrmcElement } from '../shared/define-element.js';

defineJrmcElement('jrmc-provider', JrmcProvider);

declare global {
  interface HTMLElementTagNameMap {
    'jrmc-provider': JrmcProvider;
  }
}

import { JrmcProvider } from './jrmc-provider.js';

if (!customElements.get('jrmc-provider')) customElements.define('jrmc-provider', JrmcProvider);

declare global {
  interface HTMLElementTagNameMap {
    'jrmc-provider': JrmcProvider;
  }
}

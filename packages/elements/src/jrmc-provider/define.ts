import { JrmcProvider } from './jrmc-provider.js';
import { attachContextRoot } from '../shared/context-root.js';

attachContextRoot();
if (!customElements.get('jrmc-provider')) customElements.define('jrmc-provider', JrmcProvider);

declare global {
  interface HTMLElementTagNameMap {
    'jrmc-provider': JrmcProvider;
  }
}

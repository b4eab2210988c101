import { JrmcAccountSetup } from './jrmc-account-setup.js';
import { attachContextRoot } from '../shared/context-root.js';

attachContextRoot();
if (!customElements.get('jrmc-account-setup')) customElements.define('jrmc-account-setup', JrmcAccountSetup);

declare global {
  interface HTMLElementTagNameMap {
    'jrmc-account-setup': JrmcAccountSetup;
  }
}

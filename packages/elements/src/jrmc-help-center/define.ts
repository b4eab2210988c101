import { JrmcHelpCenter } from './jrmc-help-center.js';
import { attachContextRoot } from '../shared/context-root.js';

attachContextRoot();
if (!customElements.get('jrmc-help-center')) customElements.define('jrmc-help-center', JrmcHelpCenter);

declare global {
  interface HTMLElementTagNameMap {
    'jrmc-help-center': JrmcHelpCenter;
  }
}

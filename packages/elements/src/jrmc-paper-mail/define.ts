import { JrmcPaperMail } from './jrmc-paper-mail.js';
import { attachContextRoot } from '../shared/context-root.js';

attachContextRoot();
if (!customElements.get('jrmc-paper-mail')) customElements.define('jrmc-paper-mail', JrmcPaperMail);

declare global {
  interface HTMLElementTagNameMap {
    'jrmc-paper-mail': JrmcPaperMail;
  }
}

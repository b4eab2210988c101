import { JrmcPaperMail } from './jrmc-paper-mail.js';

if (!customElements.get('jrmc-paper-mail')) customElements.define('jrmc-paper-mail', JrmcPaperMail);

declare global {
  interface HTMLElementTagNameMap {
    'jrmc-paper-mail': JrmcPaperMail;
  }
}

import { JrmcPaperMail } from './jrmc-paper-mail.js';
import { defineJrmcElement } from '../shared/define-element.js';

defineJrmcElement('jrmc-paper-mail', JrmcPaperMail);

declare global {
  interface HTMLElementTagNameMap {
    'jrmc-paper-mail': JrmcPaperMail;
  }
}

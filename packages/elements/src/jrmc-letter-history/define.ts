import { JrmcLetterHistory } from './jrmc-letter-history.js';
import { defineJrmcElement } from '../shared/define-element.js';

defineJrmcElement('jrmc-letter-history', JrmcLetterHistory);

declare global {
  interface HTMLElementTagNameMap {
    'jrmc-letter-history': JrmcLetterHistory;
  }
}

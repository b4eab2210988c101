import { JrmcLetterHistory } from './jrmc-letter-history.js';

if (!customElements.get('jrmc-letter-history')) customElements.define('jrmc-letter-history', JrmcLetterHistory);

declare global {
  interface HTMLElementTagNameMap {
    'jrmc-letter-history': JrmcLetterHistory;
  }
}

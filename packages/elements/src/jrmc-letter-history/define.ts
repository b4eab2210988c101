import { JrmcLetterHistory } from './jrmc-letter-history.js';
import { attachContextRoot } from '../shared/context-root.js';

attachContextRoot();
if (!customElements.get('jrmc-letter-history')) customElements.define('jrmc-letter-history', JrmcLetterHistory);

declare global {
  interface HTMLElementTagNameMap {
    'jrmc-letter-history': JrmcLetterHistory;
  }
}

import { JrmcLetterBuilder } from './jrmc-letter-builder.js';
import { attachContextRoot } from '../shared/context-root.js';

attachContextRoot();
if (!customElements.get('jrmc-letter-builder')) customElements.define('jrmc-letter-builder', JrmcLetterBuilder);

declare global {
  interface HTMLElementTagNameMap {
    'jrmc-letter-builder': JrmcLetterBuilder;
  }
}

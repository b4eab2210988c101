import { JrmcLetterBuilder } from './jrmc-letter-builder.js';
import { defineJrmcElement } from '../shared/define-element.js';

defineJrmcElement('jrmc-letter-builder', JrmcLetterBuilder);

declare global {
  interface HTMLElementTagNameMap {
    'jrmc-letter-builder': JrmcLetterBuilder;
  }
}

import { JrmcSendDatePicker } from './jrmc-send-date-picker.js';
import { attachContextRoot } from '../shared/context-root.js';

attachContextRoot();
if (!customElements.get('jrmc-send-date-picker')) customElements.define('jrmc-send-date-picker', JrmcSendDatePicker);

declare global {
  interface HTMLElementTagNameMap {
    'jrmc-send-date-picker': JrmcSendDatePicker;
  }
}

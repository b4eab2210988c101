import { JrmcSendDatePicker } from './jrmc-send-date-picker.js';

if (!customElements.get('jrmc-send-date-picker')) customElements.define('jrmc-send-date-picker', JrmcSendDatePicker);

declare global {
  interface HTMLElementTagNameMap {
    'jrmc-send-date-picker': JrmcSendDatePicker;
  }
}

import { JrmcSendDatePicker } from './jrmc-send-date-picker.js';
import { defineJrmcElement } from '../shared/define-element.js';

defineJrmcElement('jrmc-send-date-picker', JrmcSendDatePicker);

declare global {
  interface HTMLElementTagNameMap {
    'jrmc-send-date-picker': JrmcSendDatePicker;
  }
}

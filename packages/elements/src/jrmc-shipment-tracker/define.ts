import { JrmcShipmentTracker } from './jrmc-shipment-tracker.js';
import { defineJrmcElement } from '../shared/define-element.js';

defineJrmcElement('jrmc-shipment-tracker', JrmcShipmentTracker);

declare global {
  interface HTMLElementTagNameMap {
    'jrmc-shipment-tracker': JrmcShipmentTracker;
  }
}

import { JrmcShipmentTracker } from './jrmc-shipment-tracker.js';
import { attachContextRoot } from '../shared/context-root.js';

attachContextRoot();
if (!customElements.get('jrmc-shipment-tracker')) customElements.define('jrmc-shipment-tracker', JrmcShipmentTracker);

declare global {
  interface HTMLElementTagNameMap {
    'jrmc-shipment-tracker': JrmcShipmentTracker;
  }
}

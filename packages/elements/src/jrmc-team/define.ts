import { JrmcTeam } from './jrmc-team.js';
import { attachContextRoot } from '../shared/context-root.js';

attachContextRoot();
if (!customElements.get('jrmc-team')) customElements.define('jrmc-team', JrmcTeam);

declare global {
  interface HTMLElementTagNameMap {
    'jrmc-team': JrmcTeam;
  }
}

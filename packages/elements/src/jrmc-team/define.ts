import { JrmcTeam } from './jrmc-team.js';

if (!customElements.get('jrmc-team')) customElements.define('jrmc-team', JrmcTeam);

declare global {
  interface HTMLElementTagNameMap {
    'jrmc-team': JrmcTeam;
  }
}

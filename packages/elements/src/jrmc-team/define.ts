import { JrmcTeam } from './jrmc-team.js';
import { defineJrmcElement } from '../shared/define-element.js';

defineJrmcElement('jrmc-team', JrmcTeam);

declare global {
  interface HTMLElementTagNameMap {
    'jrmc-team': JrmcTeam;
  }
}

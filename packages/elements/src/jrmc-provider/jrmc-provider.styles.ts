import { css } from 'lit';

// The provider only sets the colour scheme; every element inside inherits it and its tokens answer with
// light-dark(), so one attribute themes the whole tree (and a page's own dark mode can set it too).
export const providerStyles = css`
  :host {
    display: block;
    color-scheme: light dark;
  }
  :host([theme='light']) {
    color-scheme: light;
  }
  :host([theme='dark']) {
    color-scheme: dark;
  }
  :host([hidden]) {
    display: none;
  }
`;

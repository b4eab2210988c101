import { css } from 'lit';

/**
 * The themeable design tokens every component reads, each with a light and a dark default chosen by the
 * inherited `color-scheme` (`<jrmc-provider theme>`). Integrators override any `--jrmc-*` custom property
 * on the element or an ancestor.
 */
export const tokens = css`
  :host {
    /* light-dark() answers with the colour scheme inherited from <jrmc-provider theme> (or the page). */
    --_accent: var(--jrmc-color-accent, light-dark(#1d4ed8, #93c5fd));
    --_accent-text: var(--jrmc-color-accent-text, light-dark(#ffffff, #0b1220));
    --_text: var(--jrmc-color-text, light-dark(#111827, #f3f4f6));
    --_muted: var(--jrmc-color-muted, light-dark(#4b5563, #cbd5e1));
    --_surface: var(--jrmc-color-surface, light-dark(#ffffff, #111827));
    --_surface-alt: var(--jrmc-color-surface-alt, light-dark(#f3f4f6, #1f2937));
    --_border: var(--jrmc-color-border, light-dark(#6b7280, #9ca3af));
    --_danger: var(--jrmc-color-danger, light-dark(#b91c1c, #fca5a5));
    --_success: var(--jrmc-color-success, light-dark(#047857, #6ee7b7));
    --_warning: var(--jrmc-color-warning, light-dark(#92400e, #fcd34d));
    --_focus-color: var(--jrmc-focus-color, light-dark(#1d4ed8, #fde047));
    --_radius: var(--jrmc-radius, 6px);
    --_space: var(--jrmc-space, 0.75rem);
    --_font: var(--jrmc-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    display: block;
    font-family: var(--_font);
    /* Text wraps between words, as the element's tables and grids are laid out for: a page's own "overflow-wrap:
       anywhere" or "word-break: break-all" is inherited through the shadow root and broke "Non" into "No / n" in a
       table column. A word too long for its line still breaks rather than overflow. */
    overflow-wrap: break-word;
    word-break: normal;
    color: var(--_text);
    /* The element paints its own surface: its text stays readable in the dark scheme on a light page. */
    background: var(--jrmc-host-background, var(--_surface));
    border-radius: var(--_radius);
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  /* An outline (not a shadow) survives forced-colours mode; yellow on dark, blue on light: both >= 3:1. */
  :focus-visible {
    outline: 3px solid var(--_focus-color);
    outline-offset: 2px;
  }
  input[type='radio'],
  input[type='checkbox'] {
    accent-color: var(--_accent);
  }
  button {
    font: inherit;
    border-radius: var(--_radius);
    border: 1px solid var(--_accent);
    background: var(--_accent);
    color: var(--_accent-text);
    padding: 0.45rem 0.9rem;
    cursor: pointer;
  }
  button.secondary {
    background: transparent;
    color: var(--_accent);
  }
  button[disabled] {
    opacity: 0.55;
    cursor: not-allowed;
  }
  input,
  select,
  textarea {
    font: inherit;
    color: inherit;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.4rem 0.5rem;
  }
  [aria-invalid='true'] {
    border-color: var(--_danger);
  }
  .error {
    color: var(--_danger);
  }
  .hint {
    color: var(--_muted);
    font-size: 0.875em;
  }
  dialog.confirm {
    max-width: min(30rem, calc(100vw - 2rem));
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    padding: calc(var(--_space) * 1.5);
  }
  dialog.confirm::backdrop {
    background: rgb(0 0 0 / 0.5);
  }
  dialog.confirm h2 {
    margin: 0 0 0.5rem;
    font-size: 1.1rem;
  }
  .confirm-buttons {
    display: flex;
    flex-wrap: wrap;
    justify-content: flex-end;
    gap: 0.5rem;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }
`;

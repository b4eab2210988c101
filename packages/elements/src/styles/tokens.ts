import { css } from 'lit';

/**
 * The themeable design tokens every component reads, with light defaults and a dark scheme. Integrators
 * override any `--jrmc-*` custom property on the element or an ancestor.
 */
export const tokens = css`
  :host {
    --_accent: var(--jrmc-color-accent, #1d4ed8);
    --_accent-text: var(--jrmc-color-accent-text, #ffffff);
    --_text: var(--jrmc-color-text, #111827);
    --_muted: var(--jrmc-color-muted, #4b5563);
    --_surface: var(--jrmc-color-surface, #ffffff);
    --_surface-alt: var(--jrmc-color-surface-alt, #f3f4f6);
    --_border: var(--jrmc-color-border, #9ca3af);
    --_danger: var(--jrmc-color-danger, #b91c1c);
    --_success: var(--jrmc-color-success, #047857);
    --_warning: var(--jrmc-color-warning, #92400e);
    --_radius: var(--jrmc-radius, 6px);
    --_space: var(--jrmc-space, 0.75rem);
    --_font: var(--jrmc-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    --_focus: var(--jrmc-focus-ring, 0 0 0 3px rgb(29 78 216 / 0.45));
    display: block;
    font-family: var(--_font);
    color: var(--_text);
    color-scheme: light dark;
  }
  @media (prefers-color-scheme: dark) {
    :host {
      --_accent: var(--jrmc-color-accent, #93c5fd);
      --_accent-text: var(--jrmc-color-accent-text, #0b1220);
      --_text: var(--jrmc-color-text, #f3f4f6);
      --_muted: var(--jrmc-color-muted, #cbd5e1);
      --_surface: var(--jrmc-color-surface, #111827);
      --_surface-alt: var(--jrmc-color-surface-alt, #1f2937);
      --_border: var(--jrmc-color-border, #6b7280);
      --_danger: var(--jrmc-color-danger, #fca5a5);
      --_success: var(--jrmc-color-success, #6ee7b7);
      --_warning: var(--jrmc-color-warning, #fcd34d);
    }
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  :focus-visible {
    outline: none;
    box-shadow: var(--_focus);
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
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }
`;

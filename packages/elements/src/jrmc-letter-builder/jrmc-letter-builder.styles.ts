import { css } from 'lit';

export const builderStyles = css`
  .builder {
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: calc(var(--_space) * 1.5);
    max-width: 46rem;
  }
  h2 {
    margin: 0 0 0.5rem;
    font-size: 1.25rem;
  }
  h3 {
    font-size: 1rem;
  }
  ol.progress {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.75rem;
    padding: 0;
    margin: 0 0 1rem;
    list-style: none;
    font-size: 0.85rem;
    color: var(--_muted);
  }
  ol.progress [aria-current='step'] {
    color: var(--_accent);
    font-weight: 700;
  }
  /* A completed step: a drawn tick (no font glyph that may be missing) and a link back to it. */
  ol.progress li.done button {
    background: none;
    border: none;
    padding: 0;
    color: var(--_success);
    text-decoration: underline;
    font-size: inherit;
  }
  ol.progress li.done button::before {
    content: '';
    display: inline-block;
    width: 0.35em;
    height: 0.7em;
    margin: 0 0.4em 0.1em 0.1em;
    border: solid currentColor;
    border-width: 0 0.15em 0.15em 0;
    transform: rotate(45deg);
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
    margin: 0 0 0.75rem;
  }
  fieldset {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    margin: 0 0 0.75rem;
    padding: 0.5rem 0.75rem;
  }
  .choice label,
  label.reason {
    display: flex;
    gap: 0.5rem;
    align-items: flex-start;
    margin: 0.25rem 0;
  }
  label.reason .hint {
    display: block;
  }
  ul.results,
  ul.contracts {
    list-style: none;
    padding: 0;
    display: grid;
    gap: 0.35rem;
  }
  ul.contracts li {
    display: flex;
    justify-content: space-between;
    align-items: center;
  }
  button.result {
    width: 100%;
    text-align: left;
  }
  button.result[aria-pressed='true'] {
    background: var(--_accent);
    color: var(--_accent-text);
  }
  .valid,
  .success {
    color: var(--_success);
  }
  .preview article {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
    background: var(--_surface-alt);
    font-size: 0.9rem;
    white-space: normal;
    overflow-wrap: anywhere;
  }
  .preview .recipient,
  .preview .place {
    text-align: right;
  }
  .nav {
    display: flex;
    justify-content: space-between;
    gap: 0.5rem;
    margin-top: 1rem;
  }
  .status-line {
    min-height: 1.3em;
    font-size: 0.85rem;
    color: var(--_muted);
  }
`;

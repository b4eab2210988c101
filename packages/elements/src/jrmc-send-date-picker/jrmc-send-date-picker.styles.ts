import { css } from 'lit';

export const pickerStyles = css`
  :host {
    display: inline-block;
  }
  .calendar {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    padding: var(--_space);
    min-width: 18rem;
  }
  .caption {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 0.5rem;
    margin-bottom: 0.5rem;
  }
  .caption h2 {
    font-size: 1rem;
    margin: 0;
    text-transform: capitalize;
  }
  .caption button {
    padding: 0.2rem 0.6rem;
  }
  table {
    border-collapse: collapse;
    width: 100%;
  }
  th {
    font-size: 0.8rem;
    color: var(--_muted);
    font-weight: 600;
    padding: 0.25rem 0;
  }
  td {
    text-align: center;
    padding: 0.3rem 0;
    border-radius: var(--_radius);
    cursor: pointer;
    min-width: 2.2rem;
  }
  td[aria-disabled='true'] {
    color: var(--_muted);
    text-decoration: line-through;
    cursor: not-allowed;
    opacity: 0.7;
  }
  td[aria-selected='true'] {
    background: var(--_accent);
    color: var(--_accent-text);
    text-decoration: none;
  }
  td.today {
    font-weight: 700;
  }
  td:hover:not([aria-disabled='true']) {
    background: var(--_surface-alt);
  }
  td[aria-selected='true']:hover {
    background: var(--_accent);
  }
  .status {
    margin-top: 0.5rem;
    min-height: 1.4em;
    font-size: 0.875rem;
  }
`;

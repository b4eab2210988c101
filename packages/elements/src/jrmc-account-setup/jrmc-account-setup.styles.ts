import { css } from 'lit';

export const setupStyles = css`
  .setup {
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
    max-width: 40rem;
  }
  progress {
    width: 100%;
    accent-color: var(--_accent);
  }
  ol.steps {
    list-style: none;
    padding: 0;
    margin: 0;
    display: grid;
    gap: var(--_space);
  }
  ol.steps > li {
    border-top: 1px solid var(--_border);
    padding-top: 0.75rem;
  }
  h3 {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: baseline;
    margin: 0 0 0.25rem;
    font-size: 1.05rem;
  }
  .badge {
    font-size: 0.8rem;
    font-weight: 600;
    padding: 0.05rem 0.5rem;
    border-radius: 999px;
    border: 1px solid currentColor;
  }
  .badge.done,
  .done {
    color: var(--_success);
  }
  .badge.todo {
    color: var(--_muted);
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
    margin: 0.5rem 0;
  }
  .field input {
    max-width: 100%;
  }
  .error {
    color: var(--_danger);
  }
  .rejected {
    color: var(--_danger);
  }
  .ready {
    color: var(--_success);
    font-weight: 600;
  }
`;

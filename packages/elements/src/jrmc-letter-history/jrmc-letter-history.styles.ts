import { css } from 'lit';

export const historyStyles = css`
  .history {
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
  }
  form.filters {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 0.75rem;
    align-items: flex-end;
    margin-bottom: 0.75rem;
  }
  form.filters .field {
    display: flex;
    flex-direction: column;
    gap: 0.2rem;
    font-size: 0.875rem;
  }
  .rows {
    height: var(--jrmc-history-height, 28rem);
    overflow: auto;
    border-top: 1px solid var(--_border);
  }
  .row {
    display: flex;
    width: 100%;
    gap: 0.5rem;
    align-items: center;
    justify-content: space-between;
    border-bottom: 1px solid var(--_surface-alt);
    padding: 0.35rem 0;
    min-height: 3rem;
  }
  button.open {
    flex: 1;
    text-align: left;
    background: transparent;
    color: var(--_text);
    border: none;
    display: grid;
    grid-template-columns: 9rem 8rem 10rem 1fr 7rem;
    gap: 0.5rem;
    font-size: 0.875rem;
  }
  button.open:hover {
    background: var(--_surface-alt);
  }
  .row-actions {
    display: flex;
    gap: 0.35rem;
  }
  .row-actions button {
    padding: 0.2rem 0.5rem;
    font-size: 0.8rem;
  }
  .billed {
    color: var(--_muted);
    cursor: help;
    padding: 0 0.5rem;
  }
  .footer {
    display: flex;
    justify-content: space-between;
    align-items: center;
    margin-top: 0.5rem;
    font-size: 0.875rem;
  }
`;

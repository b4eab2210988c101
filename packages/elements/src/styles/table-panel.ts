import { css } from 'lit';

/**
 * The surface, table, action row and create form shared by the account elements (team, help center): one
 * look for the panels a manager works in.
 */
export const tablePanelStyles = css`
  .panel {
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
  }
  .scroll {
    overflow-x: auto;
  }
  table {
    border-collapse: collapse;
    width: 100%;
  }
  caption {
    text-align: left;
    font-weight: 600;
    padding-bottom: 0.5rem;
  }
  th,
  td {
    text-align: left;
    padding: 0.4rem 0.5rem;
    border-bottom: 1px solid var(--_border);
    vertical-align: top;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.35rem;
  }
  .inactive {
    color: var(--_muted);
  }
  form.create {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(12rem, 1fr));
    gap: 0.5rem;
    align-items: end;
    margin-top: var(--_space);
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
  }
  .error {
    color: var(--_danger);
  }
  .done {
    color: var(--_success);
  }
`;

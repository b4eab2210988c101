import { css } from 'lit';

export const invoicesStyles = css`
  .invoices {
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
  }
  ul.plain {
    list-style: none;
    padding: 0;
    display: grid;
    gap: 0.5rem;
  }
  details {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.5rem;
  }
  summary {
    cursor: pointer;
    font-weight: 600;
  }
  .scroll {
    overflow-x: auto;
  }
  table {
    border-collapse: collapse;
    width: 100%;
    margin: 0.5rem 0;
  }
  th,
  td {
    text-align: left;
    padding: 0.3rem 0.4rem;
    border-bottom: 1px solid var(--_border);
  }
  td.amount,
  th.amount {
    text-align: right;
    white-space: nowrap;
  }
  form.export {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: end;
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
  }
  .link {
    background: none;
    border: none;
    color: var(--_accent);
    text-decoration: underline;
    padding: 0.15rem 0;
    text-align: left;
    font: inherit;
  }
  .error {
    color: var(--_danger);
  }
  .done {
    color: var(--_success);
  }
`;

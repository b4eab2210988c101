import { css } from 'lit';

export const teamStyles = css`
  .team {
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
  /* Phones: each profile becomes a card, every value under its column name. */
  @media (max-width: 40rem) {
    thead {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
    }
    table,
    tbody,
    tr,
    td {
      display: block;
    }
    tr {
      border-bottom: 1px solid var(--_border);
      padding: 0.5rem 0;
    }
    td {
      border: none;
      padding: 0.15rem 0;
    }
    td::before {
      content: attr(data-label) ' : ';
      font-weight: 600;
    }
  }
`;

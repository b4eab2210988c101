import { css } from 'lit';

export const paperStyles = css`
  :host {
    display: block;
    container-type: inline-size;
  }
  .paper {
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
    max-width: 60rem;
  }
  fieldset {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    margin: 0 0 var(--_space);
    padding: var(--_space);
    min-width: 0;
  }
  legend {
    font-weight: 700;
    padding: 0 0.25rem;
  }
  .drop {
    border: 2px dashed var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
    text-align: center;
  }
  .drop.over {
    border-color: var(--_accent);
  }
  .drop input[type='file'] {
    display: block;
    margin: 0.5rem auto;
    max-width: 100%;
  }
  .preview {
    width: 100%;
    height: 24rem;
    border: 1px solid var(--_border);
  }
  .grid {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(14rem, 1fr));
    gap: 0.5rem 1rem;
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
  }
  .table-wrap {
    overflow-x: auto;
  }
  table {
    border-collapse: collapse;
    width: 100%;
  }
  th,
  td {
    border-bottom: 1px solid var(--_border);
    padding: 0.4rem;
    text-align: left;
    vertical-align: top;
  }
  .results {
    list-style: none;
    padding: 0;
  }
  .error {
    color: var(--_danger);
  }
  .done {
    color: var(--_success);
  }
  .hint {
    color: var(--_muted);
    font-size: 0.9em;
  }
  .actions {
    display: flex;
    gap: 0.5rem;
    flex-wrap: wrap;
    margin-top: 0.5rem;
  }
  /* A narrow column (phone, CRM side panel): each product becomes a card listing what it offers. */
  @container (max-width: 40rem) {
    table,
    tbody,
    tr,
    th,
    td {
      display: block;
    }
    thead {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
    }
    tr {
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      margin-bottom: 0.5rem;
      padding: 0.25rem 0.5rem;
    }
    th,
    td {
      border: none;
      padding: 0.15rem 0;
    }
    td::before {
      content: attr(data-label) ' : ';
      color: var(--_muted);
    }
  }
`;

import { css } from 'lit';

export const creditStyles = css`
  /* The bound is the host's: the host paints the surface, so a narrower card inside it left a strip beside it. */
  :host {
    max-width: 28rem;
  }
  .widget {
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
  }
  .balance {
    font-size: 1.4rem;
    font-weight: 700;
    margin: 0.25rem 0 0.5rem;
  }
  .low {
    color: var(--_warning);
  }
  .presets {
    display: flex;
    gap: 0.5rem;
    flex-wrap: wrap;
    border: none;
    padding: 0;
  }
  .presets label {
    display: inline-flex;
    gap: 0.25rem;
    align-items: center;
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
    margin: 0.5rem 0;
  }
  ul.receipts {
    list-style: none;
    padding: 0;
  }
  ul.receipts button {
    background: none;
    border: none;
    color: var(--_accent);
    text-decoration: underline;
    padding: 0.15rem 0;
    text-align: left;
  }
  .done {
    color: var(--_success);
  }
`;

import { css } from 'lit';

export const loanDossierStyles = css`
  :host {
    display: block;
    container-type: inline-size;
  }
  .dossier {
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
    max-width: 48rem;
  }
  h2 {
    margin: 0 0 0.5rem;
    font-size: 1.2rem;
    overflow-wrap: anywhere;
  }
  h3 {
    margin: 1.2rem 0 0.4rem;
    font-size: 1.05rem;
  }
  h4 {
    margin: 0 0 0.4rem;
    font-size: 1rem;
  }
  .status {
    font-weight: 700;
  }
  .status-refused,
  .refused,
  .error {
    color: var(--_danger);
  }
  .status-accepted,
  .status-termination_sent {
    color: var(--_success);
  }
  dl.summary {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.25rem 1rem;
    margin: 0.5rem 0;
  }
  dl.summary dt {
    color: var(--_muted);
  }
  dl.summary dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  @container (max-width: 520px) {
    dl.summary {
      grid-template-columns: 1fr;
    }
    dl.summary dd {
      margin-bottom: 0.4rem;
    }
  }
  form.answer,
  .termination,
  form.other-form {
    display: grid;
    gap: 0.4rem;
    justify-items: start;
  }
  fieldset {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
  }
  .hint {
    color: var(--_muted);
    margin: 0;
  }
  /* Full width (the trackers and the long hint wrap inside it at 375 px); only the buttons keep their own size. */
  .other {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.4rem;
    min-width: 0;
  }
  form.other-form {
    grid-template-columns: minmax(0, 1fr);
  }
  .other > *,
  form.other-form > * {
    max-width: 100%;
    box-sizing: border-box;
  }
  .other-draft {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.4rem 0.75rem;
    margin: 0;
  }
  .other h3 {
    margin-bottom: 0;
  }
  .effective {
    font-weight: 600;
    margin: 0;
  }
  input[type='file'] {
    max-width: 100%;
  }
`;

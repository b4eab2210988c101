import { css } from 'lit';

export const substitutionStyles = css`
  :host {
    display: block;
    container-type: inline-size;
  }
  .substitution {
    display: grid;
    gap: 0.75rem;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
    max-width: 48rem;
  }
  h2 {
    margin: 0;
    font-size: 1.2rem;
  }
  fieldset {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    display: grid;
    grid-template-columns: repeat(2, minmax(0, 1fr));
    gap: 0.5rem 1rem;
    min-width: 0;
  }
  fieldset > .hint,
  fieldset > .choices,
  fieldset > .address,
  fieldset > jrmc-send-date-picker,
  fieldset > button,
  fieldset > .error {
    grid-column: 1 / -1;
  }
  fieldset > button {
    justify-self: start;
  }
  @container (max-width: 520px) {
    fieldset {
      grid-template-columns: minmax(0, 1fr);
    }
  }
  /* Rows start at the top: a neighbour's two-line label must not stretch this field's input. */
  .field {
    display: grid;
    gap: 0.2rem;
    min-width: 0;
    align-content: start;
  }
  .field input,
  .field select {
    width: 100%;
    box-sizing: border-box;
  }
  .choices {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
  }
  .hint {
    color: var(--_muted);
    margin: 0;
  }
  .error {
    color: var(--_danger);
    margin: 0;
  }
  .label {
    color: var(--_muted);
  }
  .preview article {
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
    background: var(--_surface-alt);
    font-size: 0.92rem;
    overflow-wrap: anywhere;
  }
  .recipient {
    margin: 0.75rem 0 0 auto;
    width: fit-content;
  }
  .quote {
    display: grid;
    gap: 0.4rem;
    justify-items: start;
  }
  .save,
  .send {
    justify-self: start;
  }
  /* Attachments: the files as a list (one per line), the file input on its own line. */
  .attachments > .files,
  .attachments > .field {
    grid-column: 1 / -1;
  }
  .files {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.3rem;
  }
  .files li {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.3rem 0.75rem;
    overflow-wrap: anywhere;
  }
`;

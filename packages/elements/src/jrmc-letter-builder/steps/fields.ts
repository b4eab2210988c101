import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { BuilderView } from '../builder-view.js';

const idOf = (path: string) => `field-${path.replace(/\./g, '-')}`;

/** A labelled text input whose problem (if any) is announced and tied to it. */
export function textField(
  view: BuilderView,
  path: string,
  label: string,
  value: string,
  onInput: (value: string) => void,
  options: { type?: string; hint?: string; autocomplete?: string; inputmode?: string; valid?: string | null } = {},
): TemplateResult {
  const id = idOf(path);
  const problem = view.problem(path);
  const hintId = options.hint ? `${id}-hint` : '';
  const errorId = problem ? `${id}-error` : '';
  return html`<div class="field">
    <label for=${id}>${label}</label>
    <input
      id=${id}
      name=${path}
      type=${options.type ?? 'text'}
      .value=${live(value)}
      autocomplete=${options.autocomplete ?? 'off'}
      inputmode=${options.inputmode ?? nothing}
      aria-invalid=${problem ? 'true' : 'false'}
      aria-describedby=${[hintId, errorId].filter(Boolean).join(' ') || nothing}
      @input=${(event: Event) => onInput((event.target as HTMLInputElement).value)}
    />
    ${options.hint ? html`<span class="hint" id=${hintId}>${options.hint}</span>` : nothing}
    ${problem ? html`<span class="error" id=${errorId}>${problem}</span>` : options.valid ? html`<span class="valid">${options.valid}</span>` : nothing}
  </div>`;
}

/** A problem message not tied to one input (a list, a group). */
export function groupProblem(view: BuilderView, path: string): TemplateResult | typeof nothing {
  const problem = view.problem(path);
  return problem ? html`<p class="error" id=${`${idOf(path)}-error`}>${problem}</p>` : nothing;
}

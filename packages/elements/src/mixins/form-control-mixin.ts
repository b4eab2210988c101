import type { LitElement } from 'lit';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the mixin pattern needs an open constructor
type Constructor<T> = new (...args: any[]) => T;

/** What {@link FormControlMixin} adds: the public face of a native form control (Lit's mixin typing pattern). */
export declare class FormControl {
  static formAssociated: boolean;
  /** The form field name. */
  name: string;
  /** The value submitted with the form (empty: none). */
  value: string;
  /** A value is needed for the form to submit. */
  required: boolean;
  readonly form: HTMLFormElement | null;
  readonly validity: ValidityState;
  readonly validationMessage: string;
  readonly willValidate: boolean;
  checkValidity(): boolean;
  reportValidity(): boolean;
  formResetCallback(): void;
  formStateRestoreCallback(stateValue: string | File | FormData | null): void;
}

// Kept outside the class: a mixin's class expression cannot carry private members into its declaration file.
const internalsByElement = new WeakMap<HTMLElement, ElementInternals>();

/** The `ElementInternals` of a form control made by {@link FormControlMixin}. */
export function internalsOf(element: HTMLElement): ElementInternals {
  const internals = internalsByElement.get(element);
  if (!internals) throw new Error(`${element.localName} is not a JRMC form control`);
  return internals;
}

/**
 * Sets a control's validity and its `:state(invalid)` together: `problem` names the failed constraint and
 * the message the browser shows (in the control's language); `null` when the value is fine.
 */
export function setControlValidity(element: HTMLElement, problem: { flags: ValidityStateFlags; message: string } | null, anchor?: HTMLElement): void {
  const internals = internalsOf(element);
  if (problem) internals.setValidity(problem.flags, problem.message, anchor);
  else internals.setValidity({});
  try {
    if (problem) internals.states.add('invalid');
    else internals.states.delete('invalid');
  } catch {
    // Custom states are progressive: older engines simply do not expose :state(invalid).
  }
}

/**
 * Makes a Lit element a form control like a native `<input>`: `name`, `value`, `required`, it submits with
 * the host page's own `<form>`, resets with it, is restored by the browser, and answers the constraint
 * validation API (`validity`, `checkValidity()`, `reportValidity()`). The element decides what is valid
 * with {@link setControlValidity}.
 */
export function FormControlMixin<T extends Constructor<LitElement>>(Base: T): Constructor<FormControl> & T {
  class FormControlElement extends Base {
    // Merged by Lit with the element's own `properties` (each class in the chain declares its own).
    static properties = {
      name: { reflect: true },
      value: {},
      required: { type: Boolean, reflect: true },
    };
    static formAssociated = true;

    /** The form field name. */
    declare name: string;

    /** The value submitted with the form (empty: none). */
    declare value: string;

    /** A value is needed for the form to submit. */
    declare required: boolean;

    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    constructor(...args: any[]) {
      super(...args);
      this.name = '';
      this.value = '';
      this.required = false;
      internalsByElement.set(this, this.attachInternals());
    }

    /** The form this control belongs to. */
    get form(): HTMLFormElement | null {
      return internalsOf(this).form;
    }

    get validity(): ValidityState {
      return internalsOf(this).validity;
    }

    get validationMessage(): string {
      return internalsOf(this).validationMessage;
    }

    get willValidate(): boolean {
      return internalsOf(this).willValidate;
    }

    checkValidity(): boolean {
      return internalsOf(this).checkValidity();
    }

    reportValidity(): boolean {
      return internalsOf(this).reportValidity();
    }

    /** The form was reset: back to the `value` attribute the page wrote. */
    formResetCallback(): void {
      this.value = this.getAttribute('value') ?? '';
    }

    /** The browser restores the value (back/forward navigation, autofill). */
    formStateRestoreCallback(stateValue: string | File | FormData | null): void {
      this.value = typeof stateValue === 'string' ? stateValue : '';
    }
  }
  return FormControlElement;
}

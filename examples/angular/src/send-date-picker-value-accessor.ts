import { Directive, ElementRef, forwardRef, inject } from '@angular/core';
import { NG_VALUE_ACCESSOR, type ControlValueAccessor } from '@angular/forms';
import type { JrmcSendDatePicker } from '@jrmc/elements';

/**
 * Makes `<jrmc-send-date-picker>` an Angular form control (`formControlName`, `[formControl]`, `ngModel`):
 * the value is the chosen day, `YYYY-MM-DD`, or '' when none. Copy it into your app as is.
 */
@Directive({
  selector: 'jrmc-send-date-picker[formControlName], jrmc-send-date-picker[formControl], jrmc-send-date-picker[ngModel]',
  standalone: true,
  host: { '(change)': 'changed()', '(focusout)': 'touched()' },
  providers: [{ provide: NG_VALUE_ACCESSOR, useExisting: forwardRef(() => SendDatePickerValueAccessor), multi: true }],
})
export class SendDatePickerValueAccessor implements ControlValueAccessor {
  readonly #picker = inject<ElementRef<JrmcSendDatePicker>>(ElementRef).nativeElement;
  #onChange: (value: string) => void = () => undefined;
  #onTouched: () => void = () => undefined;

  writeValue(value: string | null): void {
    this.#picker.value = value ?? '';
  }

  registerOnChange(callback: (value: string) => void): void {
    this.#onChange = callback;
  }

  registerOnTouched(callback: () => void): void {
    this.#onTouched = callback;
  }

  setDisabledState(disabled: boolean): void {
    this.#picker.toggleAttribute('disabled', disabled);
  }

  changed(): void {
    this.#onChange(this.#picker.value);
  }

  touched(): void {
    this.#onTouched();
  }
}

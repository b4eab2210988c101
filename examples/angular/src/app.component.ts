import { Component, CUSTOM_ELEMENTS_SCHEMA, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import type { JrmcLetterScheduledEvent, JrmcLetterSentEvent } from '@jrmc/elements';
import { SendDatePickerValueAccessor } from './send-date-picker-value-accessor.js';

/** A standalone component: the JRMC tags are custom elements (CUSTOM_ELEMENTS_SCHEMA), bound with [prop] and (event). */
@Component({
  selector: 'app-root',
  standalone: true,
  imports: [ReactiveFormsModule, SendDatePickerValueAccessor],
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <jrmc-provider base-url="/api" session-url="/session" clock-url="/clock">
      <h1>Résiliation – exemple Angular</h1>
      <jrmc-credit-widget [lowThreshold]="2000" payment-token="tok_visa"></jrmc-credit-widget>
      <jrmc-letter-builder (jrmc-letter-scheduled)="onLetter($event)" (jrmc-letter-sent)="onLetter($event)"></jrmc-letter-builder>
      @if (letterId()) {
        <p id="framework-status" [attr.data-letter-id]="letterId()">Courrier {{ letterId() }} programmé.</p>
        <jrmc-shipment-tracker [letterId]="letterId()"></jrmc-shipment-tracker>
      } @else {
        <p>Aucun courrier envoyé depuis cette page.</p>
      }
      <h2>Le sélecteur de date dans un formulaire Angular</h2>
      <form [formGroup]="form" (ngSubmit)="submitted.set(form.value.start ?? '')">
        <jrmc-send-date-picker formControlName="start" mode="switch-start" label="Prise d’effet du nouveau contrat"></jrmc-send-date-picker>
        <button type="submit" [disabled]="form.invalid">Valider</button>
        <output id="angular-form-value">{{ submitted() }}</output>
      </form>
    </jrmc-provider>
  `,
})
export class AppComponent {
  readonly letterId = signal('');
  readonly submitted = signal('');
  readonly form = new FormGroup({ start: new FormControl('', { nonNullable: true, validators: [Validators.required] }) });

  onLetter(event: Event): void {
    this.letterId.set((event as JrmcLetterScheduledEvent | JrmcLetterSentEvent).detail.letterId);
  }
}

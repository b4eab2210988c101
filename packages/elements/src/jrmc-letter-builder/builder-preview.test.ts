import { expect } from '@open-wc/testing';
import { newAccount, until } from '../../test/support/backend.js';
import { $, click, mountBuilder, next, pickDate, type, upToDates } from '../../test/support/builder-test-kit.js';
import type { JrmcLetterBuilder } from './jrmc-letter-builder.js';
import './define.js';

afterEach(() => {
  document.querySelectorAll('jrmc-provider').forEach((provider) => provider.remove());
  localStorage.clear();
});

/** From the dates step of an échéance letter to the review step. */
async function datesToReview(builder: JrmcLetterBuilder): Promise<void> {
  await type(builder, '#field-facts-renewalDate', '2027-03-01');
  await pickDate(builder, '2026-12-15');
  await next(builder);
  await next(builder);
}

describe('<jrmc-letter-builder> preview', () => {
  it('shows the letter the server will send for the saved draft, and the new one after an edit', async () => {
    const builder = await mountBuilder(await newAccount());
    await upToDates(builder, 'echeance');
    await datesToReview(builder);
    await until(() => builder.previewState.value !== null && !builder.previewState.loading);
    const shown = $(builder, '.preview article').textContent!;
    // Exactly the server's text: every paragraph it answers is on screen.
    const server = await builder.jrmc.client!.letters.preview(builder.draft.letterId!);
    for (const paragraph of server.paragraphs) expect(shown).to.contain(paragraph);
    expect(shown).to.contain('Éloïse Martin').and.contain('L113-12').and.contain('AUTO-123');
    // A draft is dated today; the letter leaving on 15 December will be dated that day, and the step says so.
    await until(() => builder.quoteState.value !== null);
    expect($(builder, '.preview').textContent).to.contain('datée de son jour de départ, le 15 décembre 2026');

    await click(builder, 'button.step-link[data-step="subscriber"]');
    await type(builder, '#field-subscriber-lastName', 'Durand');
    for (let step = 0; step < 6; step += 1) await next(builder);
    expect(builder.draft.step).to.equal('review');
    await until(() => !builder.previewState.loading && ($(builder, '.preview').textContent ?? '').includes('Éloïse Durand'));
    expect($(builder, '.preview article').textContent).to.not.contain('Martin');

    await until(() => builder.quoteState.value !== null);
    await click(builder, 'button.confirm');
    await until(() => builder.draft.step === 'done');
    const sent = await builder.jrmc.client!.letters.preview(builder.letterId);
    expect(sent.placeAndDate).to.contain('15 décembre 2026');
  });

  it('says why when the server cannot write the letter, in the shared error style, keeping what was typed', async () => {
    const builder = await mountBuilder(await newAccount());
    await upToDates(builder, 'echeance');
    // A renewal date is what an échéance letter needs: without it the server refuses to write the letter.
    const typed = { ...builder.draft, step: 'review' as const, sendMode: 'now' as const };
    builder.draft = typed;
    await until(() => builder.previewState.error !== null);
    const error = $(builder, '.preview .error');
    expect(error.getAttribute('role')).to.equal('alert');
    expect(error.textContent).to.equal(builder.previewState.error).and.contain('incomplète');
    expect(builder.shadowRoot!.querySelector('.preview article')).to.equal(null);
    expect(builder.draft.subscriber).to.deep.equal(typed.subscriber);
    expect(builder.draft.contracts).to.deep.equal(['AUTO-123']);
  });
});

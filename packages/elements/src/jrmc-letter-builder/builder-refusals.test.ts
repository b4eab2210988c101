// The builder against the real sandbox: the API's timing refusals land on the right field with the date that would
// have worked (French and English), and the client's mandate is uploaded through the attachments API.
import { expect } from '@open-wc/testing';
import { addDays, chatelDeadline, parisDate } from '@jrmc/core';
import { newAccount, readable, sandboxNow, until, type TestAccount } from '../../test/support/backend.js';
import { $, click, mountBuilder, next, type, upToDates } from '../../test/support/builder-test-kit.js';
import type { JrmcLetterBuilder } from './jrmc-letter-builder.js';
import './define.js';

const mount = (account: TestAccount, locale: 'fr' | 'en' = 'fr') => mountBuilder(account, { locale });

const PDF = '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n';

async function chooseFile(builder: JrmcLetterBuilder, file: File): Promise<void> {
  const input = $(builder, '#mandate-file') as HTMLInputElement;
  const transfer = new DataTransfer();
  transfer.items.add(file);
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  await builder.updateComplete;
}

afterEach(() => {
  document.querySelectorAll('jrmc-provider').forEach((provider) => provider.remove());
  localStorage.clear();
});

describe('<jrmc-letter-builder> and the API’s refusals', () => {
  for (const locale of ['fr', 'en'] as const) {
    it(`a Chatel notice sent too long ago: the refusal shows on the dates step with the last day that worked (${locale})`, async () => {
      const builder = await mount(await newAccount({ credit: 10_000 }), locale);
      await upToDates(builder, 'loi-chatel');
      const today = parisDate(await sandboxNow());
      const sentOn = addDays(today, -40);
      await type(builder, '#field-facts-renewalNoticeSentOn', sentOn);
      await click(builder, 'input[name="send-mode"][value="now"]');
      await next(builder);
      await next(builder);
      await until(() => builder.draft.step === 'dates' && builder.shadowRoot!.querySelector('#field-scheduledDate-error') !== null, 8000);
      const message = readable($(builder, '#field-scheduledDate-error').textContent);
      const deadline = new Intl.DateTimeFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${chatelDeadline(sentOn)}T00:00:00Z`));
      expect(message).to.contain('Chatel');
      expect(readable(message)).to.contain(readable(deadline));
      expect(builder.draft.facts.renewalNoticeSentOn).to.equal(sentOn, 'nothing typed is lost');
    });
  }

  it('Chatel without a notice asks for the renewal date instead, and states no notice date', async () => {
    const builder = await mount(await newAccount());
    await upToDates(builder, 'loi-chatel');
    await click(builder, 'input[type="checkbox"]');
    expect(builder.shadowRoot!.querySelector('#field-facts-renewalNoticeSentOn')).to.equal(null);
    expect(builder.shadowRoot!.querySelector('#field-facts-renewalDate')).to.not.equal(null);
  });

  it('Hamon asks for the first subscription date, required before continuing', async () => {
    const builder = await mount(await newAccount());
    await upToDates(builder, 'loi-hamon');
    await type(builder, '#field-facts-newInsurerName', 'MAIF');
    await next(builder);
    expect(builder.draft.step).to.equal('dates');
    expect(builder.shadowRoot!.querySelector('#field-facts-contractStartDate-error')).to.not.equal(null);
  });

  it('uploads the client’s mandate: a non-PDF is refused in words next to the input, a PDF is attached and named', async () => {
    const account = await newAccount({ credit: 10_000 });
    const builder = await mount(account);
    await upToDates(builder, 'loi-chatel');
    await type(builder, '#field-facts-renewalNoticeSentOn', parisDate(await sandboxNow()));
    await click(builder, 'input[name="send-mode"][value="now"]');
    await next(builder);
    expect(builder.draft.step).to.equal('options');
    expect(readable($(builder, 'label[for="mandate-file"]').textContent)).to.contain('facultatif mais recommandé');
    expect(readable($(builder, '#mandate-hint').textContent)).to.contain('aucun mandat joint');
    await chooseFile(builder, new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 3])], 'photo.png', { type: 'image/png' }));
    await until(() => builder.attachmentError !== null);
    expect($(builder, '#mandate-error').textContent).to.contain('PDF');
    expect(builder.attachments).to.deep.equal([]);
    await chooseFile(builder, new File([PDF], 'mandat-martin.pdf', { type: 'application/pdf' }));
    await until(() => builder.attachments.length === 1, 8000);
    expect(builder.attachmentError).to.equal(null);
    expect(readable($(builder, '.attached').textContent)).to.contain('mandat-martin.pdf');
    const letter = await builder.jrmc.client!.letters.retrieve(builder.draft.letterId!);
    expect(letter.service === 'termination' && letter.mandateAttached).to.equal(true);
    await click(builder, '.attached button');
    await until(() => builder.attachments.length === 0, 8000);
  });
});

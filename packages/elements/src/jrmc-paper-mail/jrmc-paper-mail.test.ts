import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { JrmcCreditInsufficientEvent } from '../events/jrmc-events.js';
import { advanceClock, lettersOf, newAccount, providerFor, readable, until, type TestAccount } from '../../test/support/backend.js';
import { expectAccessibleInBothSchemes } from '../../test/support/accessibility.js';
import type { JrmcPaperMail } from './jrmc-paper-mail.js';
import type { JrmcPaperSavedEvent } from '../events/jrmc-events.js';
import './define.js';

/** A small real PDF whose pages have the given size in points (A4 by default). */
function pdfFile(name: string, size = { width: 595.28, height: 841.89 }): File {
  const text = `%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 ${size.width} ${size.height}]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n`;
  return new File([text], name, { type: 'application/pdf' });
}

const $ = <T extends Element = HTMLElement>(paper: JrmcPaperMail, selector: string) => paper.shadowRoot!.querySelector<T>(selector)!;

async function mount(account: TestAccount, letterId = ''): Promise<JrmcPaperMail> {
  const provider = providerFor(account);
  const paper = document.createElement('jrmc-paper-mail');
  if (letterId) paper.letterId = letterId;
  provider.append(paper);
  await until(() => Object.keys(paper.prices).length === 5);
  return paper;
}

function drop(paper: JrmcPaperMail, file: File): void {
  const transfer = new DataTransfer();
  transfer.items.add(file);
  $(paper, '.drop').dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
}

async function type(paper: JrmcPaperMail, field: string, value: string): Promise<void> {
  const input = $<HTMLInputElement>(paper, `#addressee-${field}`);
  input.value = value;
  input.dispatchEvent(new Event('input'));
  await paper.updateComplete;
}

async function fillAddressee(paper: JrmcPaperMail, name = 'Mairie de Lyon', postcode = '69001', city = 'Lyon'): Promise<void> {
  await type(paper, 'name', name);
  await type(paper, 'line1', '1 place de la Comédie');
  await type(paper, 'postcode', postcode);
  await type(paper, 'city', city);
}

async function choose(paper: JrmcPaperMail, product: string): Promise<void> {
  $<HTMLInputElement>(paper, `input[name="product"][value="${product}"]`).click();
  await paper.updateComplete;
}

async function sendAndConfirm(paper: JrmcPaperMail): Promise<void> {
  await until(() => paper.quoteState.value !== null && !$<HTMLButtonElement>(paper, 'button.send').disabled);
  $<HTMLButtonElement>(paper, 'button.send').click();
  await until(() => paper.shadowRoot!.querySelector<HTMLDialogElement>('dialog')?.open === true);
  $<HTMLButtonElement>(paper, 'dialog button[value="confirm"]').click();
  await until(() => paper.sent !== null);
}

afterEach(() => document.querySelectorAll('jrmc-provider').forEach((provider) => provider.remove()));

describe('<jrmc-paper-mail>', () => {
  it('uploads an A4 PDF (page count, preview), shows the five products with this addressee’s estimate, sends a R+AR followed until signed', async () => {
    const account = await newAccount({ credit: 10_000 });
    const paper = await mount(account);
    const rows = [...paper.shadowRoot!.querySelectorAll('tbody tr')];
    expect(rows.map((row) => row.getAttribute('data-product'))).to.deep.equal(['ecopli', 'lettre-verte', 'lettre-suivie', 'recommande', 'recommande-ar']);
    expect(readable(rows[0]!.textContent)).to.contain('€').and.contain('Saisissez le code postal');
    drop(paper, pdfFile('courrier.pdf'));
    await fillAddressee(paper);
    const saved = (await oneEvent(paper, 'jrmc-paper-saved')) as JrmcPaperSavedEvent;
    expect(saved.detail.letterId).to.match(/^let_/);
    await until(() => paper.document?.pageCount === 1);
    expect(readable($(paper, '.file').textContent)).to.contain('courrier.pdf').and.contain('1 page');
    expect($(paper, 'iframe.preview').getAttribute('src')).to.match(/^blob:/);
    expect(readable($(paper, 'tr[data-product="recommande-ar"]').textContent)).to.not.contain('Saisissez le code postal');
    await choose(paper, 'recommande-ar');
    await sendAndConfirm(paper);
    expect(paper.sent!.product).to.equal('recommande-ar');
    expect(readable($(paper, '#sent-message').textContent)).to.contain('distribution estimée');
    await advanceClock(account, { days: 10 });
    const [letter] = await lettersOf(account, { service: 'paper-mail' });
    expect(letter!.status).to.equal('signed');
  });

  it('an écopli is only estimated: after two weeks it is still “déposé”, never delivered; the history filters it by product', async () => {
    const account = await newAccount({ credit: 10_000 });
    const paper = await mount(account);
    drop(paper, pdfFile('relance.pdf'));
    await fillAddressee(paper, 'Société Exemple', '67000', 'Strasbourg');
    await choose(paper, 'ecopli');
    await until(() => paper.letterId !== '');
    await sendAndConfirm(paper);
    expect(paper.sent!.trackingNumber).to.equal(null);
    await advanceClock(account, { days: 14 });
    const letters = await lettersOf(account, { product: 'ecopli' });
    expect(letters.map((letter) => letter.status)).to.deep.equal(['sent']);
    expect(await lettersOf(account, { product: 'lettre-suivie' })).to.deep.equal([]);
  });

  it('refuses a PNG in the browser and a US Letter PDF at the API, saying why and keeping the accepted document', async () => {
    const account = await newAccount({ credit: 10_000 });
    const paper = await mount(account);
    drop(paper, new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a])], 'photo.pdf', { type: 'application/pdf' }));
    await until(() => paper.documentProblem !== null);
    expect($(paper, '#document-error').textContent).to.contain('n’est pas un PDF');
    expect(paper.document).to.equal(null);
    drop(paper, pdfFile('bon.pdf'));
    await fillAddressee(paper);
    await until(() => paper.document?.pageCount === 1);
    drop(paper, pdfFile('letter-us.pdf', { width: 612, height: 792 }));
    await until(() => paper.documentProblem !== null);
    expect(readable($(paper, '#document-error').textContent)).to.contain('A4').and.contain('précédent est conservé');
    expect(paper.document!.filename).to.equal('bon.pdf');
    expect($<HTMLInputElement>(paper, '#document-input').getAttribute('aria-invalid')).to.equal('true');
  });

  it('resumes a draft from letter-id, and asks for a top-up when the credit is short', async () => {
    const account = await newAccount({ credit: 100 });
    const first = await mount(account);
    drop(first, pdfFile('brouillon.pdf'));
    await fillAddressee(first, 'Banque Exemple', '75008', 'Paris');
    await choose(first, 'recommande');
    await until(() => first.letterId !== '' && first.saveStatus === 'saved');
    await first.flush();
    const letterId = first.letterId;
    first.closest('jrmc-provider')!.remove();

    const paper = await mount(account, letterId);
    await until(() => paper.document !== null);
    expect(paper.addressee.name).to.equal('Banque Exemple');
    expect(paper.product).to.equal('recommande');
    const event = (await oneEvent(paper, 'jrmc-credit-insufficient')) as JrmcCreditInsufficientEvent;
    expect(event.detail.missing).to.be.greaterThan(0);
    await until(() => paper.shadowRoot!.querySelector('button.top-up') !== null);
    expect(readable($(paper, '.quote').textContent)).to.contain('Crédit insuffisant');
  });

  it('is usable with the keyboard only: arrows change the product, Enter sends, the dialog confirms', async () => {
    const account = await newAccount({ credit: 10_000 });
    const paper = await mount(account);
    drop(paper, pdfFile('clavier.pdf'));
    await fillAddressee(paper);
    await choose(paper, 'lettre-verte');
    $<HTMLInputElement>(paper, 'input[name="product"][value="lettre-verte"]').focus();
    await sendKeys({ press: 'ArrowDown' });
    await paper.updateComplete;
    expect(paper.product).to.equal('lettre-suivie');
    // The product change is saved, then quoted again: wait for that quote before pressing the button.
    await paper.flush();
    await until(() => paper.saveStatus === 'saved' && paper.quoteState.value?.price.inclVat === paper.prices['lettre-suivie']?.inclVat && !$<HTMLButtonElement>(paper, 'button.send').disabled);
    $<HTMLButtonElement>(paper, 'button.send').focus();
    await sendKeys({ press: 'Enter' });
    await until(() => paper.shadowRoot!.querySelector<HTMLDialogElement>('dialog')?.open === true);
    // The dialog takes the focus; its confirm button is reached with Tab and pressed with Enter.
    const confirm = $<HTMLButtonElement>(paper, 'dialog button[value="confirm"]');
    for (let step = 0; step < 4 && paper.shadowRoot!.activeElement !== confirm; step += 1) await sendKeys({ press: 'Tab' });
    expect(paper.shadowRoot!.activeElement).to.equal(confirm);
    await sendKeys({ press: 'Enter' });
    await until(() => paper.sent !== null);
    expect(paper.sent!.product).to.equal('lettre-suivie');
  });

  it('passes axe in light and dark', async () => {
    const account = await newAccount({ credit: 10_000 });
    const paper = await mount(account);
    drop(paper, pdfFile('courrier.pdf'));
    await fillAddressee(paper);
    await until(() => paper.document?.pageCount === 1);
    await expectAccessibleInBothSchemes(paper);
  });
});

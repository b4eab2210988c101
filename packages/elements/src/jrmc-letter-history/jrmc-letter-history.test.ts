import '../../test/support/defer-resize-observer.js';
import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { JrmcLetterOpenEvent } from '../events/jrmc-events.js';
import { apiOf, dossierParams, newAccount, providerFor, readable, seedHistory, sendPaper, until, type TestAccount } from '../../test/support/backend.js';
import type { JrmcLetterHistory } from './jrmc-letter-history.js';
import './define.js';
import { expectAccessibleInBothSchemes } from '../../test/support/accessibility.js';

async function mount(account: TestAccount): Promise<JrmcLetterHistory> {
  const provider = providerFor(account);
  const history = document.createElement('jrmc-letter-history');
  provider.append(history);
  await until(() => history.rows.length > 0 || (!history.loading && history.jrmc.client !== null && history.shadowRoot?.querySelector('[role="status"]') !== null));
  return history;
}

async function setSelect(history: JrmcLetterHistory, id: string, value: string) {
  const select = history.shadowRoot!.querySelector<HTMLSelectElement>(id)!;
  select.value = value;
  select.dispatchEvent(new Event('change'));
  await until(() => !history.loading);
}

afterEach(() => document.querySelectorAll('jrmc-provider').forEach((provider) => provider.remove()));



describe('<jrmc-letter-history>', () => {
  let account: TestAccount;
  before(async () => {
    account = await newAccount();
    await seedHistory(account, 2500);
  });

  it('pages through thousands of letters by cursor, rendering only visible rows', async () => {
    const history = await mount(account);
    await until(() => history.rows.length === 100 && history.shadowRoot!.querySelectorAll('.row').length > 0);
    expect(history.nextCursor).to.be.a('string');
    const rendered = history.shadowRoot!.querySelectorAll('.row').length;
    expect(rendered).to.be.greaterThan(0).and.lessThan(60);
    const scroller = history.shadowRoot!.querySelector<HTMLElement>('.rows')!;
    // Scrolling to the end fetches the next page by cursor, again and again.
    for (let i = 0; i < 20 && history.rows.length < 400; i += 1) {
      scroller.scrollTop = scroller.scrollHeight;
      await new Promise((resolve) => setTimeout(resolve, 100));
      await until(() => !history.loading);
    }
    expect(history.rows.length).to.be.at.least(400);
    expect(new Set(history.rows.map((row) => row.id)).size).to.equal(history.rows.length, 'no row twice');
    expect(history.shadowRoot!.querySelectorAll('.row').length).to.be.lessThan(60);
  });

  it('says each drawn row’s position, keeps at most 60 rows in the page, and Tab scrolls the next rows in', async () => {
    const history = await mount(account);
    await until(() => history.rows.length === 100 && history.shadowRoot!.querySelectorAll('.row').length > 0);
    const drawn = () => [...history.shadowRoot!.querySelectorAll<HTMLElement>('.row')];
    expect(drawn()[0]!.getAttribute('aria-posinset')).to.equal('1');
    expect(drawn()[0]!.getAttribute('aria-setsize')).to.equal('-1', 'more pages exist: the total is unknown');
    const scroller = history.shadowRoot!.querySelector<HTMLElement>('.rows')!;
    // Tab from row to row: the browser scrolls each focused button into view, the window follows.
    drawn()[0]!.querySelector<HTMLButtonElement>('button.open')!.focus();
    for (let i = 0; i < 40; i += 1) await sendKeys({ press: 'Tab' });
    await until(() => scroller.scrollTop > 0 && drawn()[0]!.getAttribute('aria-posinset') !== '1');
    await history.updateComplete;
    const focused = history.shadowRoot!.activeElement as HTMLElement | null;
    expect(focused, 'focus stays inside the list').to.not.equal(null);
    expect(scroller.contains(focused)).to.equal(true);
    expect(drawn().length).to.be.at.most(60);
    const positions = drawn().map((row) => Number(row.getAttribute('aria-posinset')));
    expect(positions).to.deep.equal(positions.map((_, index) => positions[0]! + index), 'consecutive positions');
    const ids = drawn().map((row) => row.dataset.id);
    expect(ids).to.deep.equal(history.rows.slice(positions[0]! - 1, positions[0]! - 1 + ids.length).map((row) => row.id), 'the rows at those positions');
    focused!.blur(); // the next tests press keys on buttons they focus themselves
  });

  it('paints the first page with just the rows that fill the list, then adds the overscan a frame later', async () => {
    const provider = providerFor(account);
    const history = document.createElement('jrmc-letter-history');
    const drawnAfterEachUpdate: { rows: number; covered: number; viewport: number }[] = [];
    // Recorded after every update of this instance, before the browser paints.
    (history as unknown as { updated: () => void }).updated = () => {
      const scroller = history.shadowRoot!.querySelector<HTMLElement>('.rows')!;
      const rows = [...scroller.querySelectorAll<HTMLElement>('.row')];
      if (rows.length) drawnAfterEachUpdate.push({ rows: rows.length, covered: rows.reduce((sum, row) => sum + row.offsetHeight, 0), viewport: scroller.clientHeight });
    };
    provider.append(history);
    await until(() => drawnAfterEachUpdate.length > 0 && history.shadowRoot!.querySelectorAll('.row').length > drawnAfterEachUpdate[0]!.rows);
    const first = drawnAfterEachUpdate[0]!;
    expect(first.rows, 'the first paint: the viewport at the rows’ minimum height').to.be.at.most(10);
    expect(first.covered, 'those rows fill the visible list').to.be.at.least(first.viewport);
    const later = history.shadowRoot!.querySelectorAll('.row').length;
    expect(later).to.be.greaterThan(first.rows).and.at.most(60);
  });

  it('redraws on scroll only when the window of rows moves', async () => {
    const history = await mount(account);
    await until(() => history.rows.length === 100 && history.shadowRoot!.querySelectorAll('.row').length > 10);
    let renders = 0;
    const render = history.render.bind(history);
    history.render = () => {
      renders += 1;
      return render();
    };
    const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    // Settled: the row heights measured, no redraw for three frames.
    for (let quiet = 0; quiet < 3; ) {
      const seen = renders;
      await frame();
      quiet = renders === seen ? quiet + 1 : 0;
    }
    renders = 0;
    const scroller = history.shadowRoot!.querySelector<HTMLElement>('.rows')!;
    scroller.scrollTop = 2; // inside the first row: the same rows stay drawn
    await frame();
    await frame();
    expect(renders, 'a scroll within a row draws nothing').to.equal(0);
    const before = history.shadowRoot!.querySelector<HTMLElement>('.row')!.dataset.id;
    scroller.scrollTop = 2000;
    await until(() => history.shadowRoot!.querySelector<HTMLElement>('.row')!.dataset.id !== before);
    expect(renders).to.be.greaterThan(0);
  });

  it('asks for the first page once when it opens (the provider’s account arriving is no reason to reload)', async () => {
    const firstPages: string[] = [];
    const realFetch = window.fetch;
    window.fetch = (input, init) => {
      const url = new URL(input instanceof Request ? input.url : String(input), location.href);
      if (url.pathname.endsWith('/v1/letters') && !url.searchParams.has('cursor')) firstPages.push(url.search);
      return realFetch(input, init);
    };
    try {
      const history = await mount(account);
      await until(() => history.jrmc.value.account !== null && !history.loading && history.rows.length === 100);
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(firstPages).to.have.length(1);
      expect(history.rows.length).to.equal(100);
    } finally {
      window.fetch = realFetch;
    }
  });

  it('filters by status and by text', async () => {
    const history = await mount(account);
    await setSelect(history, '#filter-status', 'scheduled');
    expect(history.rows.length).to.equal(100);
    expect(history.rows.every((row) => row.status === 'scheduled')).to.equal(true);
    const search = history.shadowRoot!.querySelector<HTMLInputElement>('#filter-q')!;
    search.value = 'HIST-00004';
    search.dispatchEvent(new Event('input'));
    await until(() => history.rows.length === 1);
    expect(history.rows[0]!.references).to.equal('HIST-00004');
  });

  it('moves a draft to the trash and restores it; billed letters say why they cannot go', async () => {
    const history = await mount(account);
    await until(() => history.shadowRoot!.querySelector('.row .trash') !== null);
    const row = history.shadowRoot!.querySelector<HTMLElement>('.row:has(.trash)')!;
    const id = row.dataset.id!;
    row.querySelector<HTMLButtonElement>('.trash')!.click();
    await until(() => !history.rows.some((candidate) => candidate.id === id));
    // Billed letters (scheduled ones) say why instead of offering the trash.
    await setSelect(history, '#filter-status', 'scheduled');
    await until(() => history.shadowRoot!.querySelector('.row .billed') !== null);
    const billed = history.shadowRoot!.querySelector<HTMLElement>('.row .billed')!;
    expect(billed.getAttribute('title')).to.equal('Courrier facturé : il ne peut pas être mis à la corbeille.');
    expect(readable(billed.textContent)).to.contain('Facturé');
    expect(history.shadowRoot!.querySelector('.row .trash')).to.equal(null);
    await setSelect(history, '#filter-status', '');
    const trash = history.shadowRoot!.querySelector<HTMLInputElement>('.show-trash')!;
    trash.click();
    await until(() => history.rows.some((candidate) => candidate.id === id));
    await history.updateComplete;
    history.shadowRoot!.querySelector<HTMLElement>(`.row[data-id="${id}"] .restore`)!.click();
    await until(() => !history.rows.some((candidate) => candidate.id === id));
  });

  it('offers no trash for the draft of a loan dossier (the API refuses it), and says why', async () => {
    const own = await newAccount();
    const provider = providerFor(own);
    await until(() => provider.context.connection !== null);
    const dossier = await apiOf(provider).loanDossiers.create(await dossierParams());
    const draft = await apiOf(provider).letters.create({ subscriber: { kind: 'person', civility: 'M.', firstName: 'Hugo', lastName: 'Libre', address: { line1: '2 rue B', postcode: '69001', city: 'Lyon' } } });
    const history = document.createElement('jrmc-letter-history');
    provider.append(history);
    await until(() => history.rows.length === 2);
    await history.updateComplete;
    const row = (id: string) => history.shadowRoot!.querySelector<HTMLElement>(`.row[data-id="${id}"]`)!;
    const inDossier = row(dossier.substitutionLetterId!);
    expect(inDossier.querySelector('.continue'), 'the dossier’s draft can be continued').to.not.equal(null);
    expect(inDossier.querySelector('.trash'), 'no trash button').to.equal(null);
    const note = inDossier.querySelector<HTMLElement>('.in-dossier')!;
    expect(readable(note.textContent)).to.contain('Dans un dossier');
    expect(note.getAttribute('title')).to.equal('Courrier d’un dossier d’assurance emprunteur : il ne peut pas être mis à la corbeille seul.');
    const continuing = oneEvent(history, 'jrmc-letter-open');
    inDossier.querySelector<HTMLButtonElement>('.continue')!.click();
    expect(((await continuing) as JrmcLetterOpenEvent).detail).to.deep.equal({ letterId: dossier.substitutionLetterId, action: 'continue', service: 'borrower-insurance', dossierId: dossier.id });
    expect(readable(history.shadowRoot!.querySelector('.footer')!.textContent)).to.contain('2 courriers affichés');
    // A draft of its own keeps its trash button.
    expect(row(draft.id).querySelector('.trash'), 'its own draft has a trash button').to.not.equal(null);
  });

  it('emits jrmc-letter-open on activation, and continue for drafts, by keyboard', async () => {
    const history = await mount(account);
    await until(() => history.shadowRoot!.querySelector('.row .continue') !== null);
    const open = history.shadowRoot!.querySelector<HTMLButtonElement>('.row button.open')!;
    open.focus();
    const opened = oneEvent(history, 'jrmc-letter-open');
    await sendKeys({ press: 'Enter' });
    expect(((await opened) as JrmcLetterOpenEvent).detail.action).to.equal('open');
    const continuing = oneEvent(history, 'jrmc-letter-open');
    const draftRow = history.shadowRoot!.querySelector<HTMLElement>('.row:has(.continue)')!;
    draftRow.querySelector<HTMLButtonElement>('.continue')!.click();
    const draft = history.rows.find((row) => row.id === draftRow.dataset.id)!;
    // What the page needs to pick the element that resumes it.
    expect(((await continuing) as JrmcLetterOpenEvent).detail).to.deep.equal({ letterId: draft.id, action: 'continue', service: draft.service, dossierId: draft.dossierId });
  });

  it('shows an empty state', async () => {
    const empty = await newAccount();
    const history = await mount(empty);
    await until(() => !history.loading);
    expect(history.shadowRoot!.textContent).to.contain('Aucun courrier ne correspond.');
    expect(readable(history.shadowRoot!.querySelector('.footer')!.textContent)).to.contain('0 courrier affiché');
  });

  it('keeps the list’s height while the first page loads, so the rows arriving move nothing around them', async () => {
    const provider = providerFor(account);
    const history = document.createElement('jrmc-letter-history');
    const heights: number[] = [];
    // Recorded after every update of this instance while the first page is on its way.
    (history as unknown as { updated: () => void }).updated = () => {
      const scroller = history.shadowRoot!.querySelector<HTMLElement>('.rows');
      if (scroller && history.loading && history.rows.length === 0) heights.push(scroller.offsetHeight);
    };
    provider.append(history);
    await until(() => history.rows.length > 0 && !history.loading);
    const loaded = history.shadowRoot!.querySelector<HTMLElement>('.rows')!.offsetHeight;
    expect(heights.length, 'seen while loading').to.be.greaterThan(0);
    expect(heights.every((height) => height === loaded), `${heights.join(', ')} while loading, ${loaded} loaded`).to.equal(true);
    // Only a list that turned out empty shrinks to its message.
    const search = history.shadowRoot!.querySelector<HTMLInputElement>('#filter-q')!;
    search.value = 'no letter has this reference';
    search.dispatchEvent(new Event('input'));
    await until(() => history.rows.length === 0 && !history.loading);
    expect(history.shadowRoot!.querySelector<HTMLElement>('.rows')!.offsetHeight).to.be.lessThan(loaded);
  });

  // The card layout takes over at 62rem (992 px), where the six columns and the actions stop fitting side by side.
  const CARDS_AT_PX = 992;
  for (const width of [375, 450, 700, 1000]) {
    it(`at ${width} px shows every letter with its name, status, dates, handler and actions, unclipped`, async () => {
      const small = await newAccount();
      await seedHistory(small, 5, { assigned: true });
      const provider = providerFor(small);
      const history = document.createElement('jrmc-letter-history');
      history.style.width = `${width}px`;
      provider.append(history);
      await until(() => history.rows.length === 5 && history.profiles.length > 0 && history.shadowRoot!.querySelectorAll('.row').length === 5);
      await history.updateComplete;
      await new Promise((resolve) => requestAnimationFrame(resolve));
      const box = history.getBoundingClientRect();
      const head = history.shadowRoot!.querySelector<HTMLElement>('.head')!;
      expect(getComputedStyle(head).display === 'none').to.equal(width <= CARDS_AT_PX, 'column headers only where the columns fit');
      expect(head.scrollWidth).to.be.at.most(head.clientWidth, 'the column headers fit');
      const scroller = history.shadowRoot!.querySelector<HTMLElement>('.rows')!;
      expect(scroller.scrollWidth).to.be.at.most(scroller.clientWidth, 'no horizontal scrolling');
      for (const row of history.shadowRoot!.querySelectorAll<HTMLElement>('.row')) {
        for (const selector of ['.name', '.cell.status', '.cell.created', '.cell.sent', '.cell.assignee', '.row-actions > *']) {
          const rect = row.querySelector(selector)!.getBoundingClientRect();
          expect(rect.width, `${selector} has a size`).to.be.greaterThan(0);
          expect(rect.left, `${selector} starts inside`).to.be.at.least(box.left);
          expect(rect.right, `${selector} ends inside`).to.be.at.most(box.right + 0.5);
        }
        const text = row.textContent!.replace(/\s+/g, ' ');
        expect(text).to.contain('Claire Durand', 'the handler is shown');
      }
      if (width <= CARDS_AT_PX) expect(history.shadowRoot!.querySelector('.row .cell.created .label')!.getBoundingClientRect().width).to.be.greaterThan(0, 'cards label their dates');
    });
  }

  it('has no axe violation, light or dark', async () => {
    const history = await mount(account);
    await until(() => history.rows.length > 0);
    await expectAccessibleInBothSchemes(history);
  });
});

describe('<jrmc-letter-history> paper products', () => {
  it('filters by postage product and names the product in the service column', async () => {
    const account = await newAccount();
    const suivie = await sendPaper(account, 'Mairie de Lyon', 'lettre-suivie');
    await sendPaper(account, 'Mairie de Lyon', 'ecopli');
    const history = await mount(account);
    await until(() => history.rows.length === 2);
    await setSelect(history, '#filter-product', 'lettre-suivie');
    await until(() => history.rows.length === 1);
    expect(history.rows[0]!.id).to.equal(suivie.id);
    expect(history.shadowRoot!.querySelector<HTMLSelectElement>('#filter-service')!.value).to.equal('paper-mail');
    await until(() => history.shadowRoot!.querySelector('.row') !== null);
    expect(readable(history.shadowRoot!.querySelector('.row')!.textContent)).to.contain('Courrier papier · Lettre suivie');
    await setSelect(history, '#filter-product', '');
    await until(() => history.rows.length === 2);
  });
});

describe('<jrmc-letter-history> handler reassignment (issue #15)', () => {
  afterEach(() => document.querySelectorAll('jrmc-provider').forEach((provider) => provider.remove()));

  it('shows each letter’s handler and hands one letter to another profile from its row', async () => {
    const { newProfile, lettersOf } = await import('../../test/support/backend.js');
    const account = await newAccount();
    const lea = await newProfile(account, { name: 'Léa Petit' });
    await seedHistory(account, 3, { assigned: true });
    const history = await mount(account);
    await until(() => history.rows.length === 3 && history.profiles.length === 2);
    const row = history.shadowRoot!.querySelector<HTMLElement>('.row')!;
    expect(readable(row.textContent)).to.contain('Claire Durand');
    const select = row.querySelector<HTMLSelectElement>('select.reassign')!;
    expect(select.getAttribute('aria-label')).to.contain(row.dataset.id!);
    select.value = lea.id;
    select.dispatchEvent(new Event('change'));
    await until(async () => (await lettersOf(account, { assigneeId: lea.id })).length === 1);
    await until(() => readable(history.shadowRoot!.querySelector(`.row[data-id="${row.dataset.id}"]`)!.textContent).includes('Léa Petit'));
    expect((await lettersOf(account, { assigneeId: account.profileId })).length).to.equal(2);
  });
});

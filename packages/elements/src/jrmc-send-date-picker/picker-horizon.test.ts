import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { latestPlannableDate } from '@jrmc/core';
import type { JrmcSendDatePicker } from './jrmc-send-date-picker.js';
import './define.js';

// Tuesday 1 December 2026, 10:00 Paris.
const MORNING = '2026-12-01T09:00:00Z';

describe('<jrmc-send-date-picker> one year ahead', () => {
  it('labels a day more than a year ahead as such (never as "not a working day"), and allows the last one', async () => {
    const latest = latestPlannableDate('2026-12-01');
    const picker = await fixture<JrmcSendDatePicker>(html`<jrmc-send-date-picker mode="paper" now=${MORNING} value=${latest}></jrmc-send-date-picker>`);
    // 2 December 2027 is a Thursday: a working day, refused only for being too far ahead.
    expect(picker.reasonFor('2027-12-02')).to.match(/^Plus d’un an à l’avance \(au plus tard le 1(er)? décembre 2027\)$/);
    expect(picker.reasonFor('2027-12-02')).to.not.contain('week-end');
    expect(picker.reasonFor(latest)).to.equal(null);
  });

  it('in switch-start mode, a start more than a year ahead is refused with the last possible start (English)', async () => {
    const picker = await fixture<JrmcSendDatePicker>(html`<jrmc-send-date-picker mode="switch-start" locale="en" now=${MORNING}></jrmc-send-date-picker>`);
    // English strings load on demand.
    await waitUntil(() => (picker.reasonFor('2027-12-20') ?? '').startsWith('More'));
    expect(picker.reasonFor('2027-12-20')).to.match(/^More than one year ahead \(latest .*2027\)$/);
  });
});

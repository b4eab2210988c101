import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { visibleWindow, type WindowInput } from './visible-window.js';

const base: WindowInput = { count: 1000, scrollTop: 0, viewport: 480, rowHeight: 48, overscan: 10, maxRows: 60 };

describe('visibleWindow', () => {
  it('draws the visible rows plus the overscan on each side', () => {
    // 4800 px down at 48 px a row: rows 100 to 109 are visible.
    expect(visibleWindow({ ...base, scrollTop: 4800 })).to.deep.equal({ first: 90, last: 120 });
  });

  it('at the top, spends the unused overscan above on rows below', () => {
    expect(visibleWindow(base)).to.deep.equal({ first: 0, last: 30 });
  });

  it('keeps a full window at the end, even scrolled past it after rows went away', () => {
    expect(visibleWindow({ ...base, count: 100, scrollTop: 4800 })).to.deep.equal({ first: 80, last: 100 });
    expect(visibleWindow({ ...base, count: 100, scrollTop: 90_000 })).to.deep.equal({ first: 80, last: 100 });
  });

  it('gives up overscan before the row budget when tall rows nearly fill it', () => {
    // 50 rows visible, budget 60: 5 above and 5 below.
    expect(visibleWindow({ ...base, viewport: 2400, scrollTop: 4800 })).to.deep.equal({ first: 95, last: 155 });
  });

  it('draws nothing for an empty list and survives nonsense measures', () => {
    expect(visibleWindow({ ...base, count: 0 })).to.deep.equal({ first: 0, last: 0 });
    const odd = visibleWindow({ ...base, rowHeight: 0, scrollTop: Number.NaN, viewport: -5 });
    expect(odd.first).to.equal(0);
    expect(odd.last).to.be.at.most(60);
  });

  it('always stays within the list and the budget, and covers every visible row that fits', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 200_000 }),
        fc.integer({ min: 0, max: 10_000_000 }),
        fc.integer({ min: 0, max: 5000 }),
        fc.double({ min: 1, max: 400, noNaN: true }),
        fc.integer({ min: 0, max: 50 }),
        fc.integer({ min: 1, max: 200 }),
        (count, scrollTop, viewport, rowHeight, overscan, maxRows) => {
          const { first, last } = visibleWindow({ count, scrollTop, viewport, rowHeight, overscan, maxRows });
          expect(first).to.be.within(0, last);
          expect(last).to.be.at.most(count);
          expect(last - first).to.be.at.most(maxRows);
          const firstVisible = Math.floor(scrollTop / rowHeight);
          const lastVisible = Math.min(count, Math.ceil((scrollTop + viewport) / rowHeight));
          if (lastVisible - firstVisible <= maxRows && firstVisible < count) {
            expect(first).to.be.at.most(firstVisible);
            expect(last).to.be.at.least(lastVisible);
          }
          // A list that fits entirely in the budget is drawn entirely once scrolled to its top.
          if (count <= maxRows && scrollTop === 0 && viewport >= count * rowHeight) expect({ first, last }).to.deep.equal({ first: 0, last: count });
        },
      ),
      { numRuns: 2000 },
    );
  });
});

import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { TOP_UP_MAX, TOP_UP_MIN } from '@jrmc/core';
import { readTopUpAmount } from './top-up-amount.js';

describe('readTopUpAmount', () => {
  it('reads euros as typed in French or English into cents', () => {
    expect(readTopUpAmount('25,50')).to.deep.equal({ ok: true, cents: 2550 });
    expect(readTopUpAmount('150')).to.deep.equal({ ok: true, cents: 15000 });
    expect(readTopUpAmount('1 000.5')).to.deep.equal({ ok: true, cents: 100050 });
    expect(readTopUpAmount('12,')).to.deep.equal({ ok: true, cents: 1200 });
  });

  it('names each problem instead of rounding or guessing', () => {
    expect(readTopUpAmount('12,345')).to.deep.equal({ ok: false, problem: 'cents' });
    expect(readTopUpAmount('-20')).to.deep.equal({ ok: false, problem: 'notANumber' });
    expect(readTopUpAmount('1e3')).to.deep.equal({ ok: false, problem: 'notANumber' });
    expect(readTopUpAmount('')).to.deep.equal({ ok: false, problem: 'notANumber' });
  });

  it('for any amount in cents written with a comma, reads it back or says which bound it breaks', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100 * TOP_UP_MAX }), fc.constantFrom(',', '.'), (cents, separator) => {
        const typed = `${Math.floor(cents / 100)}${separator}${String(cents % 100).padStart(2, '0')}`;
        const read = readTopUpAmount(typed);
        if (cents < TOP_UP_MIN) return !read.ok && read.problem === 'tooLow';
        if (cents > TOP_UP_MAX) return !read.ok && read.problem === 'tooHigh';
        return read.ok && read.cents === cents;
      }),
      { numRuns: 2000 },
    );
  });
});

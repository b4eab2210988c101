import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import {
  A4_POINTS,
  A4_TOLERANCE_POINTS,
  checkPaperPages,
  isA4Page,
  PAPER_DOCUMENT_MAX_BYTES,
  PAPER_DOCUMENT_MAX_PAGES,
  precheckPaperDocument,
} from '../../src/rules/index.js';
import { PROPERTY_RUNS } from './arbitraries.js';

const PDF_HEAD = new TextEncoder().encode('%PDF-1.7');
const A4 = { width: 595.28, height: 841.89 };
const LETTER_US = { width: 612, height: 792 };

describe('precheckPaperDocument', () => {
  it('accepts a small PDF', () => {
    assert.deepEqual(precheckPaperDocument({ sizeBytes: 20_000, head: PDF_HEAD }), { ok: true });
  });
  it('accepts exactly 10 MB and refuses one byte more, naming the limit', () => {
    assert.deepEqual(precheckPaperDocument({ sizeBytes: 10_485_760, head: PDF_HEAD }), { ok: true });
    assert.deepEqual(precheckPaperDocument({ sizeBytes: 10_485_761, head: PDF_HEAD }), { ok: false, problem: 'too_large', limit: 10_485_760 });
  });
  it('refuses a PNG renamed .pdf and an empty file', () => {
    assert.deepEqual(precheckPaperDocument({ sizeBytes: 4, head: new Uint8Array([0x89, 0x50, 0x4e, 0x47]) }), { ok: false, problem: 'not_pdf' });
    assert.deepEqual(precheckPaperDocument({ sizeBytes: 0, head: new Uint8Array() }), { ok: false, problem: 'empty' });
  });
  it('property: any head not starting with %PDF- is refused, whatever the size', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 0, maxLength: 16 }), fc.integer({ min: 1, max: PAPER_DOCUMENT_MAX_BYTES }), (head, size) => {
        const isPdf = new TextDecoder('latin1').decode(head.subarray(0, 5)) === '%PDF-';
        assert.equal(precheckPaperDocument({ sizeBytes: size, head }).ok, isPdf);
      }),
      PROPERTY_RUNS,
    );
  });
  it('property: a PDF is accepted exactly when 0 < size ≤ the limit', () => {
    fc.assert(
      fc.property(fc.integer({ min: -10, max: 4 * PAPER_DOCUMENT_MAX_BYTES }), (size) => {
        assert.equal(precheckPaperDocument({ sizeBytes: size, head: PDF_HEAD }).ok, size > 0 && size <= PAPER_DOCUMENT_MAX_BYTES);
      }),
      PROPERTY_RUNS,
    );
  });
});

describe('isA4Page', () => {
  it('A4 portrait and landscape, rounded by producers (595 × 842)', () => {
    assert.equal(isA4Page(A4), true);
    assert.equal(isA4Page({ width: 842, height: 595 }), true);
    assert.equal(isA4Page({ width: 595, height: 842 }), true);
  });
  it('US Letter, A5 and A3 are not A4', () => {
    assert.equal(isA4Page(LETTER_US), false);
    assert.equal(isA4Page({ width: 419.53, height: 595.28 }), false);
    assert.equal(isA4Page({ width: 841.89, height: 1190.55 }), false);
  });
  it('property: within the tolerance on both sides is A4, beyond it on one side is not', () => {
    const inside = fc.double({ min: -A4_TOLERANCE_POINTS, max: A4_TOLERANCE_POINTS, noNaN: true });
    const beyond = fc.oneof(fc.double({ min: A4_TOLERANCE_POINTS + 0.01, max: 500, noNaN: true }), fc.double({ min: -500, max: -A4_TOLERANCE_POINTS - 0.01, noNaN: true }));
    fc.assert(
      fc.property(inside, inside, beyond, fc.boolean(), (dw, dh, off, landscape) => {
        const page = { width: A4_POINTS.width + dw, height: A4_POINTS.height + dh };
        const turned = (p: { width: number; height: number }) => (landscape ? { width: p.height, height: p.width } : p);
        assert.equal(isA4Page(turned(page)), true);
        assert.equal(isA4Page(turned({ width: A4_POINTS.width + off, height: page.height })), false);
      }),
      PROPERTY_RUNS,
    );
  });
});

describe('checkPaperPages', () => {
  it('one A4 page is fine; no page is refused', () => {
    assert.deepEqual(checkPaperPages([A4]), { ok: true });
    assert.deepEqual(checkPaperPages([]), { ok: false, problem: 'no_pages' });
  });
  it('names the first page that is not A4 (1-based)', () => {
    assert.deepEqual(checkPaperPages([A4, LETTER_US, LETTER_US]), { ok: false, problem: 'not_a4', page: 2 });
  });
  it('50 pages pass, 51 are too many', () => {
    assert.deepEqual(checkPaperPages(Array.from({ length: 50 }, () => A4)), { ok: true });
    assert.deepEqual(checkPaperPages(Array.from({ length: 51 }, () => A4)), { ok: false, problem: 'too_many_pages', limit: 50 });
  });
  it('property: the verdict is ok exactly when 1..max pages, all A4; a bad page is reported at its index', () => {
    const page = fc.oneof(fc.constant(A4), fc.constant(LETTER_US));
    fc.assert(
      fc.property(fc.array(page, { minLength: 0, maxLength: PAPER_DOCUMENT_MAX_PAGES + 10 }), (pages) => {
        const check = checkPaperPages(pages);
        const firstBad = pages.findIndex((p) => p === LETTER_US);
        const expectedOk = pages.length >= 1 && pages.length <= PAPER_DOCUMENT_MAX_PAGES && firstBad === -1;
        assert.equal(check.ok, expectedOk);
        if (!check.ok && check.problem === 'not_a4') assert.equal(check.page, firstBad + 1);
      }),
      PROPERTY_RUNS,
    );
  });
});

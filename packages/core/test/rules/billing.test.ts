import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import {
  closureRefund,
  hasSufficientCredit,
  invoiceIssueDate,
  isRuleInputError,
  monthlyInvoices,
  vatOf,
  withVat,
} from '../../src/rules/index.js';
import { isoDateArb, PROPERTY_RUNS } from './arbitraries.js';

describe('billing', () => {
  it('computes 20 % VAT in integer cents, half up', () => {
    assert.equal(vatOf(1490), 298);
    assert.equal(vatOf(2), 0); // 0.4
    assert.equal(vatOf(3), 1); // 0.6
    assert.equal(vatOf(1_234_567), 246_913); // 246 913.4
    assert.equal(vatOf(25), 5);
    assert.equal(withVat(1490), 1788);
  });

  it('VAT is within half a cent of 20 %', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000_000 }), (amount) => {
        assert.ok(Number.isInteger(vatOf(amount)));
        assert.ok(Math.abs(vatOf(amount) - amount * 0.2) <= 0.5);
      }),
      PROPERTY_RUNS,
    );
  });

  it('refuses floats and negative prices', () => {
    assert.throws(() => vatOf(14.9), (e: unknown) => isRuleInputError(e) && e.argument === 'amountExclVat');
    assert.throws(() => vatOf(-1), (e: unknown) => isRuleInputError(e) && e.argument === 'amountExclVat');
  });

  it('needs a balance at least equal to the price', () => {
    assert.ok(hasSufficientCredit(1788, 1788));
    assert.ok(!hasSufficientCredit(1787, 1788));
  });

  it('FAQ: a letter validated 1 Sep for 31 Dec appears on the invoice issued in January', () => {
    const invoices = monthlyInvoices([{ id: 'L1', dispatchDate: '2026-12-31', priceExclVat: 1490 }]);
    assert.equal(invoices.length, 1);
    assert.equal(invoices[0]!.month, '2026-12');
    assert.equal(invoices[0]!.issueDate, '2027-01-01');
    assert.equal(invoiceIssueDate('2026-12'), '2027-01-01');
  });

  it('groups a month of sends into one invoice, with per-line VAT adding up to the debits', () => {
    const letters = [
      { id: 'B', dispatchDate: '2026-11-03', priceExclVat: 1490 },
      { id: 'A', dispatchDate: '2026-11-03', priceExclVat: 690 },
      { id: 'C', dispatchDate: '2026-11-30', priceExclVat: 1 },
      { id: 'D', dispatchDate: '2026-12-01', priceExclVat: 1490 },
    ];
    const [november, december] = monthlyInvoices(letters);
    assert.deepEqual(november!.lines.map((l) => l.id), ['A', 'B', 'C']);
    assert.equal(november!.totalExclVat, 2181);
    assert.equal(november!.totalVat, 298 + 138 + 0);
    assert.equal(november!.totalInclVat, withVat(1490) + withVat(690) + withVat(1));
    assert.equal(december!.month, '2026-12');
  });

  it('no letter, no invoice; every letter on exactly one invoice of its dispatch month', () => {
    assert.deepEqual(monthlyInvoices([]), []);
    const letterArb = fc.record({ id: fc.uuid(), dispatchDate: isoDateArb, priceExclVat: fc.integer({ min: 0, max: 10_000 }) });
    fc.assert(
      fc.property(fc.array(letterArb, { maxLength: 40 }), (letters) => {
        const invoices = monthlyInvoices(letters);
        const lines = invoices.flatMap((invoice) => invoice.lines.map((line) => ({ invoice, line })));
        assert.equal(lines.length, letters.length);
        for (const { invoice, line } of lines) assert.equal(line.dispatchDate.slice(0, 7), invoice.month);
        for (const invoice of invoices) {
          assert.ok(invoice.lines.length > 0);
          assert.equal(invoice.totalInclVat, invoice.lines.reduce((sum, line) => sum + withVat(line.priceExclVat), 0));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('refunds the credit minus the 25 € excl. VAT handling fee on closure', () => {
    assert.equal(closureRefund(10_000), 7000);
    assert.equal(closureRefund(3000), 0);
    assert.equal(closureRefund(2000), 0);
    assert.equal(closureRefund(0), 0);
  });
});

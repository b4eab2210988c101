import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isValidationError, withVat, vatOf } from '@jrmc/core';
import { DEFAULT_PRICES } from '../src/index.js';
import { completeDraft, startTestSandbox } from './helpers.js';

describe('accounting export', () => {
  it('lists the period’s dispatched letters with VAT, agreeing with the monthly invoice', async () => {
    const sandbox = await startTestSandbox();
    try {
      for (const number of ['A-1', 'A-2']) {
        const draft = await completeDraft(sandbox.client, { reason: 'custom', customReasonText: 'Départ', contracts: [{ number }] });
        await sandbox.client.letters.send(draft.id, { mode: 'now' });
      }
      await completeDraft(sandbox.client, { reason: 'custom', customReasonText: 'Départ', contracts: [{ number: 'DRAFT-ONLY' }] });
      const exported = await sandbox.client.invoices.exportAccounting({ from: '2026-11-01', to: '2026-11-30' });
      assert.equal(exported.lineCount, 2, 'drafts are not exported');
      assert.equal(exported.totalExclVat, 2 * DEFAULT_PRICES.lre);
      assert.equal(exported.totalVat, 2 * vatOf(DEFAULT_PRICES.lre));
      assert.equal(exported.totalInclVat, 2 * withVat(DEFAULT_PRICES.lre));
      const lines = exported.csv.trimEnd().split('\r\n');
      assert.equal(lines.length, 3);
      assert.match(lines[0]!, /^Date d’envoi;Service;Lettre;Destinataire;Références;Prix HT/);
      const euros = (cents: number) => `${Math.trunc(cents / 100)},${String(cents % 100).padStart(2, '0')}`;
      assert.ok(lines[1]!.startsWith('2026-11-30;Résiliation LRE;'));
      assert.ok(lines[1]!.endsWith(`;${euros(DEFAULT_PRICES.lre)};${euros(vatOf(DEFAULT_PRICES.lre))};${euros(withVat(DEFAULT_PRICES.lre))}`), lines[1]);
      assert.equal((await sandbox.client.invoices.exportAccounting({ from: '2026-12-01', to: '2026-12-31' })).lineCount, 0);

      // The invoice issued on 1 December has the same totals; its PDF downloads.
      await sandbox.client.sandbox.advanceClock({ to: '2026-12-01T00:00:00+01:00' });
      const [invoice] = await sandbox.client.invoices.list().toArray();
      assert.ok(invoice);
      assert.deepEqual([invoice.totalExclVat, invoice.totalVat, invoice.totalInclVat], [exported.totalExclVat, exported.totalVat, exported.totalInclVat]);
      const pdf = await sandbox.client.invoices.download(invoice.id);
      assert.equal(new TextDecoder().decode(pdf.slice(0, 5)), '%PDF-');
    } finally {
      await sandbox.close();
    }
  });

  it('refuses a period that ends before it starts, naming the field', async () => {
    const sandbox = await startTestSandbox();
    try {
      await assert.rejects(sandbox.client.invoices.exportAccounting({ from: '2026-12-01', to: '2026-11-01' }), (error) => isValidationError(error) && JSON.stringify(error.issues).includes('to'));
    } finally {
      await sandbox.close();
    }
  });
});

#!/usr/bin/env node
// Schedules one échéance termination letter per CSV row with the JRMC client, showing progress and a summary.
// Safe to run again: each row's requests carry idempotency keys derived from the row, so JRMC applies them once
// (a second run replays the first answers: nothing is created or sent twice).
//
//   JRMC_URL=http://localhost:4010 JRMC_API_KEY=sk_test_… node schedule-from-csv.mjs contracts.csv
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createJrmcClient, isJrmcApiError } from '@jrmc/core';

/** Rows of a simple CSV (comma-separated, first line = headers, no quoted commas). */
export function parseCsv(text) {
  const [header, ...lines] = text.trim().split(/\r?\n/);
  const columns = header.split(',').map((column) => column.trim());
  return lines.filter(Boolean).map((line) => Object.fromEntries(line.split(',').map((value, index) => [columns[index], value.trim()])));
}

/** A stable key per row and step: the same row always gets the same keys. */
const keyFor = (row, step) => `csv-${createHash('sha256').update(JSON.stringify(row)).digest('hex').slice(0, 32)}-${step}`;

function progress(done, total, stream) {
  if (!stream.isTTY) return;
  const width = 30;
  const filled = Math.round((done / total) * width);
  stream.write(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total}`);
  if (done === total) stream.write('\n');
}

/**
 * A fetch that notes which idempotency keys JRMC answered from its replay store (`Idempotent-Replayed:
 * true`): on a re-run, those requests created and debited nothing.
 */
export function replayAwareFetch(replayedKeys, fetchImpl = fetch) {
  return async (input, init) => {
    const response = await fetchImpl(input, init);
    const key = new Headers(init?.headers ?? (input instanceof Request ? input.headers : undefined)).get('Idempotency-Key');
    if (key && response.headers.get('Idempotent-Replayed') === 'true') replayedKeys.add(key);
    return response;
  };
}

/** Schedules every row; returns what happened to each (`created`/`charged`: false when JRMC replayed an earlier answer). */
export async function scheduleFromCsv(client, rows, { out = process.stdout, replayedKeys = new Set() } = {}) {
  const results = [];
  for (const [index, row] of rows.entries()) {
    try {
      const draft = await client.letters.create(
        {
          subscriber: { kind: 'person', civility: row.civility, firstName: row.firstName, lastName: row.lastName, address: { line1: row.line1, postcode: row.postcode, city: row.city } },
          recipientId: row.insurerId,
          contracts: [{ number: row.contractNumber }],
          reason: 'echeance',
          facts: { renewalDate: row.renewalDate },
          withAcknowledgement: true,
        },
        { idempotencyKey: keyFor(row, 'draft') },
      );
      // The client's signed mandate, when the row names its PDF: the letter mentions it only once attached.
      if (row.mandatePdf) {
        await client.letters.attachments.upload(
          draft.id,
          { kind: 'client-mandate', fileName: row.mandatePdf.split('/').pop(), contentBase64: readFileSync(row.mandatePdf).toString('base64') },
          { idempotencyKey: keyFor(row, 'mandate') },
        );
      }
      const letter = await client.letters.send(draft.id, { mode: 'scheduled', scheduledDate: row.sendDate, withAcknowledgement: true }, { idempotencyKey: keyFor(row, 'send') });
      const created = !replayedKeys.has(keyFor(row, 'draft'));
      const charged = !replayedKeys.has(keyFor(row, 'send'));
      results.push({ contract: row.contractNumber, ok: true, letterId: letter.id, dispatchDate: letter.dispatchDate, price: letter.price?.inclVat ?? 0, created, charged });
    } catch (error) {
      results.push({ contract: row.contractNumber, ok: false, error: isJrmcApiError(error) ? `${error.code}: ${error.message}` : String(error) });
    }
    progress(index + 1, rows.length, out);
  }
  return results;
}

async function main() {
  const file = process.argv[2];
  if (!file || !process.env.JRMC_API_KEY) {
    console.error('Usage: JRMC_URL=… JRMC_API_KEY=sk_test_… node schedule-from-csv.mjs contracts.csv');
    process.exit(2);
  }
  const replayedKeys = new Set();
  const client = createJrmcClient({ baseUrl: process.env.JRMC_URL ?? 'http://localhost:4010', apiKey: process.env.JRMC_API_KEY, fetch: replayAwareFetch(replayedKeys) });
  const results = await scheduleFromCsv(client, parseCsv(readFileSync(file, 'utf8')), { replayedKeys });
  const scheduled = results.filter((result) => result.ok);
  for (const result of results) console.log(result.ok ? `✓ ${result.contract} → ${result.letterId}, leaves ${result.dispatchDate}${result.charged ? '' : ' (already scheduled by an earlier run)'}` : `✗ ${result.contract}: ${result.error}`);
  // What this run really did: replayed rows created and debited nothing.
  const created = scheduled.filter((result) => result.created).length;
  const debited = scheduled.filter((result) => result.charged).reduce((sum, result) => sum + result.price, 0);
  console.log(`\n${scheduled.length} scheduled, ${results.length - scheduled.length} failed; this run created ${created} letters and debited ${(debited / 100).toFixed(2).replace('.', ',')} €.`);
  process.exit(scheduled.length === results.length ? 0 : 1);
}

if (import.meta.url === `file://${process.argv[1]}`) await main();

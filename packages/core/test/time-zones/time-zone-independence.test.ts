import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';

const fingerprintScript = fileURLToPath(new URL('./fixtures/rule-fingerprint.ts', import.meta.url));

async function fingerprintUnder(timeZone: string): Promise<string> {
  const { stdout } = await promisify(execFile)(process.execPath, ['--conditions=@jrmc/source', '--import', 'tsx', fingerprintScript], {
    env: { ...process.env, TZ: timeZone },
    encoding: 'utf8',
  });
  return stdout;
}

describe('rules and the host time zone', () => {
  it('give identical answers whatever TZ the host runs in', async () => {
    // Paris itself, UTC, the first and last zones on Earth, and zones whose own DST gaps
    // fall at midnight (Santiago) or last half an hour (Lord Howe).
    const zones = ['Europe/Paris', 'UTC', 'Pacific/Kiritimati', 'America/Los_Angeles', 'America/Santiago', 'Australia/Lord_Howe'];
    const digests = await Promise.all(zones.map(async (zone) => [zone, await fingerprintUnder(zone)] as const));
    const reference = digests[0]![1];
    assert.match(reference, /^[0-9a-f]{64}$/);
    for (const [zone, digest] of digests) assert.equal(digest, reference, `TZ=${zone}`);
  });
});

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { MAX_IDENTITY_PROOF_BYTES } from '../../src/rules/index.js';
import { IdentityProofUploadParams } from '../../src/contract/index.js';

// The element checks the file's size against MAX_IDENTITY_PROOF_BYTES before upload; the contract bounds the
// base64 text. Both come from the one constant: a file the element lets through is never refused by the API. (A
// length bound on base64 sees bytes in threes, so the contract alone lets up to 2 bytes over; the sandbox stores the
// document as it came.)
const upload = (bytes: number) => IdentityProofUploadParams.safeParse({ kind: 'kbis', filename: 'kbis.pdf', contentBase64: Buffer.alloc(bytes).toString('base64') });

describe('identity proof size: one limit, 5 MiB', () => {
  it('worked examples: exactly 5 MiB goes through, a file a base64 group over is refused on contentBase64', () => {
    assert.equal(MAX_IDENTITY_PROOF_BYTES, 5 * 1024 * 1024);
    assert.equal(upload(MAX_IDENTITY_PROOF_BYTES).success, true);
    const refused = upload(MAX_IDENTITY_PROOF_BYTES + 3);
    assert.equal(refused.success, false);
    assert.deepEqual(refused.error?.issues.map((issue) => issue.path.join('.')), ['contentBase64']);
  });

  it('property: every file within the limit is accepted, every file more than 2 bytes over is refused', () => {
    fc.assert(
      fc.property(fc.integer({ min: MAX_IDENTITY_PROOF_BYTES - 4096, max: MAX_IDENTITY_PROOF_BYTES + 4096 }), (bytes) =>
        bytes <= MAX_IDENTITY_PROOF_BYTES ? upload(bytes).success : bytes > MAX_IDENTITY_PROOF_BYTES + 2 ? !upload(bytes).success : true,
      ),
      { numRuns: 60 },
    );
  });
});

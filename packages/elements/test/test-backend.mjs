// The test backend of @jrmc/elements' browser tests: plays the integrator's backend in front of the real
// sandbox running in the test runner's process. It holds the API keys, mints session tokens for the page
// (/test-backend/session), creates a fresh account per test and moves the sandbox clock; /sandbox-api/*
// reaches the sandbox same-origin (no CORS in tests). The page itself only ever sees session tokens.
import { createAccount, createSandbox, seedHistory } from '@jrmc/sandbox';
import { createJrmcClient } from '@jrmc/core';

const sandbox = createSandbox({ frozen: true, startAt: new Date('2026-11-30T09:00:00Z') });
const accounts = new Map(); // accountId → apiKey
const serverClient = (accountId) => createJrmcClient({ baseUrl: 'http://sandbox.internal', apiKey: accounts.get(accountId), fetch: (input, init) => sandbox.fetch(new Request(input, init)) });

async function readJson(context) {
  let body = '';
  for await (const chunk of context.req) body += chunk;
  return body ? JSON.parse(body) : {};
}

/** Koa-style middleware for @web/test-runner. */
export async function backend(context, next) {
  if (context.path.startsWith('/sandbox-api/')) {
    // Same-origin access to the sandbox API for the page (no CORS needed in tests).
    const url = `http://sandbox.internal${context.path.slice('/sandbox-api'.length)}${context.search}`;
    const body = ['GET', 'HEAD'].includes(context.method) ? undefined : await new Promise((resolve) => {
      const chunks = [];
      context.req.on('data', (chunk) => chunks.push(chunk));
      context.req.on('end', () => resolve(Buffer.concat(chunks)));
    });
    const headers = new Headers();
    for (const [name, value] of Object.entries(context.headers)) if (typeof value === 'string' && name !== 'host') headers.set(name, value);
    const response = await sandbox.fetch(new Request(url, { method: context.method, headers, body }));
    context.status = response.status;
    response.headers.forEach((value, name) => context.set(name, value));
    context.body = Buffer.from(await response.arrayBuffer());
    return;
  }
  if (!context.path.startsWith('/test-backend/')) return next();
  const json = (body, status = 200) => {
    context.status = status;
    context.type = 'application/json';
    context.body = JSON.stringify(body);
  };
  const input = context.method === 'POST' ? await readJson(context) : {};
  const accountId = context.query.account ?? input.account;
  switch (context.path) {
    case '/test-backend/account': {
      const created = createAccount(sandbox, {
        name: input.name ?? 'Cabinet Test',
        credit: input.credit ?? 10_000,
        hasSent: input.hasSent ?? true,
        ...(input.ready === false ? { ready: false, oriasNumber: null } : {}),
        profiles: [{ name: 'Claire Durand', email: 'claire@test.fr', role: 'manager' }],
      });
      accounts.set(created.accountId, created.apiKey);
      return json({ accountId: created.accountId, profileId: created.profileIds[0] });
    }
    case '/test-backend/session': {
      // `profile`: a session for that user profile (its role decides the account:manage scope).
      const profile = context.query.profile;
      const session = await serverClient(accountId).sessions.create({ ttlSeconds: 900, ...(profile ? { userProfileId: profile } : {}) });
      return json({ token: session.token, expiresAt: session.expiresAt });
    }
    case '/test-backend/session-csrf': {
      // A backend that guards its session endpoint with a CSRF token (header) and a session cookie.
      if (context.get('x-csrf-token') !== `csrf-${accountId}`) return json({ error: 'csrf token missing or wrong' }, 403);
      const session = await serverClient(accountId).sessions.create({ ttlSeconds: 900 });
      return json({ token: session.token, expiresAt: session.expiresAt });
    }
    case '/test-backend/clock':
      return json(await serverClient(accountId).sandbox.advanceClock(input));
    case '/test-backend/now':
      // With an account: that account's clock, as an integrator's backend would answer <jrmc-provider clock-url>.
      return json(accountId ? await serverClient(accountId).sandbox.clock() : { now: sandbox.clock.now().toISOString() });
    case '/test-backend/letters':
      return json(await serverClient(accountId).letters.list(input).toArray());
    case '/test-backend/seed-history':
      seedHistory(sandbox, accountId, { count: input.count, assigneeIds: input.assigneeIds });
      return json({ ok: true });
    case '/test-backend/send-letter': {
      // A complete termination letter, sent as the test asks (contract number may carry a magic value).
      const client = serverClient(accountId);
      const draft = await client.letters.create({
        subscriber: { kind: 'person', civility: 'Mme', firstName: 'Éloïse', lastName: 'Martin', address: { line1: '12 rue des Lilas', postcode: '69003', city: 'Lyon' } },
        recipientId: 'ins_axa',
        contracts: [{ number: input.contract ?? 'T-1' }],
        reason: input.reason ?? 'custom',
        customReasonText: input.reason ? null : 'Départ',
        facts: input.facts ?? {},
        withAcknowledgement: input.withAcknowledgement ?? true,
      });
      return json(await client.letters.send(draft.id, { mode: input.mode ?? 'now', scheduledDate: input.scheduledDate, newContractStart: input.newContractStart, withAcknowledgement: input.withAcknowledgement ?? true }));
    }
    case '/test-backend/send-paper': {
      const client = serverClient(accountId);
      const letter = await client.paperMail.create({
        product: input.product ?? 'recommande-ar',
        addressee: { name: input.name ?? 'Mairie de Lyon', address: { line1: '1 place de la Comédie', postcode: '69001', city: 'Lyon' } },
        document: { filename: 'courrier.pdf', contentBase64: Buffer.from(a4Pdf(), 'latin1').toString('base64') },
      });
      return json(await client.paperMail.send(letter.id, { mode: 'now' }));
    }
    case '/test-backend/profile':
      return json(await serverClient(accountId).account.profiles.create({ name: input.name ?? 'Léa Petit', email: input.email ?? 'lea@test.fr', role: input.role ?? 'collaborator' }));
    default:
      return json({ error: 'unknown test backend route' }, 404);
  }
}


/** A one-page A4 PDF the API parses (the sandbox checks pages, not just the first bytes). */
function a4Pdf() {
  return '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595.28 841.89]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n';
}

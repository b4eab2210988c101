// An msw server that records every request the client sends and answers each operation with its fixture.
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { OPERATIONS, type OperationId } from '../../src/contract/index.js';
import { PDF_BYTES, RESPONSES } from './fixtures.js';

export const BASE_URL = 'http://api.jrmc.test';

export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  headers: Record<string, string>;
  body: unknown;
}

export const recorded: RecordedRequest[] = [];

function operationFor(method: string, path: string): OperationId | undefined {
  return (Object.keys(OPERATIONS) as OperationId[]).find((id) => {
    const operation = OPERATIONS[id];
    const pattern = new RegExp(`^${operation.path.replace(/\{\w+\}/g, '[^/]+')}$`);
    return operation.method === method && pattern.test(path);
  });
}

export async function record(request: Request): Promise<RecordedRequest> {
  const url = new URL(request.url);
  const text = await request.clone().text();
  const entry: RecordedRequest = {
    method: request.method,
    path: url.pathname,
    query: Object.fromEntries(url.searchParams),
    headers: Object.fromEntries(request.headers),
    body: text ? JSON.parse(text) : undefined,
  };
  recorded.push(entry);
  return entry;
}

/** Answers any operation of the contract with its fixture. */
export const fixtureHandler = http.all(`${BASE_URL}/*`, async ({ request }) => {
  const entry = await record(request);
  const operationId = operationFor(entry.method, entry.path);
  if (!operationId) return HttpResponse.json({ error: { type: 'not_found', code: 'no_route', message: 'No route', requestId: 'req_x' } }, { status: 404 });
  const body = RESPONSES[operationId];
  if (body === 'pdf') return new HttpResponse(PDF_BYTES, { headers: { 'Content-Type': 'application/pdf' } });
  return HttpResponse.json(body as Record<string, unknown>, { status: OPERATIONS[operationId].status });
});

export const server = setupServer(fixtureHandler);

import { lookup as dnsLookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import { checkWebhookUrl } from './webhook-url.js';
import { invalidRequest } from './errors.js';

/** What an address may be used for as a webhook destination. */
export type AddressClass = 'public' | 'loopback' | 'forbidden';

/** Resolves a host name to every address it has (`dns.lookup` with `all`), like the connection would. */
export type HostLookup = (host: string) => Promise<readonly { address: string }[]>;

export const systemLookup: HostLookup = (host) => dnsLookup(host, { all: true, verbatim: true });

// Resolving must not hold a registration or a delivery: past this, the name counts as unresolved.
const LOOKUP_TIMEOUT_MS = 2_000;

/**
 * Classifies an IP address (v4, or v6 including IPv4-mapped `::ffff:a.b.c.d` and NAT64 `64:ff9b::/96`):
 * loopback (127/8, ::1); forbidden: unspecified, link-local and cloud metadata (169.254/16, fe80::/10),
 * private (10/8, 172.16/12, 192.168/16, fc00::/7), shared CGNAT (100.64/10), benchmarking, IETF, multicast
 * and reserved ranges; anything else public. Not an IP address: forbidden (fails closed).
 */
export function classifyAddress(address: string): AddressClass {
  const bare = address.replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  const version = isIP(bare);
  if (version === 4) return classifyV4(bare.split('.').map(Number));
  if (version === 6) return classifyV6(ipv6Bytes(bare));
  return 'forbidden';
}

function classifyV4([a = 0, b = 0, c = 0]: number[]): AddressClass {
  if (a === 127) return 'loopback';
  if (a === 0 || a === 10 || a >= 224) return 'forbidden';
  if (a === 169 && b === 254) return 'forbidden';
  if (a === 172 && b >= 16 && b <= 31) return 'forbidden';
  if (a === 192 && b === 168) return 'forbidden';
  if (a === 100 && b >= 64 && b <= 127) return 'forbidden';
  if (a === 198 && (b === 18 || b === 19)) return 'forbidden';
  if (a === 192 && b === 0 && (c === 0 || c === 2)) return 'forbidden';
  return 'public';
}

function classifyV6(bytes: number[]): AddressClass {
  const zeroUpTo = (end: number) => bytes.slice(0, end).every((byte) => byte === 0);
  if (zeroUpTo(15) && bytes[15] === 1) return 'loopback';
  if (zeroUpTo(16)) return 'forbidden';
  // IPv4-mapped (::ffff:0:0/96), IPv4-compatible (::/96) and NAT64 (64:ff9b::/96) carry an IPv4 address.
  if ((zeroUpTo(10) && bytes[10] === 0xff && bytes[11] === 0xff) || zeroUpTo(12)) return classifyV4(bytes.slice(12));
  if (bytes[0] === 0x00 && bytes[1] === 0x64 && bytes[2] === 0xff && bytes[3] === 0x9b && bytes.slice(4, 12).every((byte) => byte === 0)) return classifyV4(bytes.slice(12));
  if (bytes[0] === 0xfe && (bytes[1]! & 0xc0) === 0x80) return 'forbidden'; // fe80::/10
  if ((bytes[0]! & 0xfe) === 0xfc) return 'forbidden'; // fc00::/7
  if (bytes[0] === 0xff) return 'forbidden'; // multicast
  return 'public';
}

function ipv6Bytes(address: string): number[] {
  let text = address.toLowerCase();
  // A trailing dotted IPv4 part becomes two groups.
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(text)?.[1];
  if (dotted) {
    const [a, b, c, d] = dotted.split('.').map(Number) as [number, number, number, number];
    text = `${text.slice(0, -dotted.length)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head = '', tail] = text.split('::') as [string, string | undefined];
  const groupsOf = (part: string) => (part ? part.split(':').map((group) => Number.parseInt(group, 16)) : []);
  const front = groupsOf(head);
  const back = tail === undefined ? [] : groupsOf(tail);
  const groups = tail === undefined ? front : [...front, ...Array<number>(8 - front.length - back.length).fill(0), ...back];
  return groups.flatMap((group) => [(group >> 8) & 0xff, group & 0xff]);
}

/**
 * Checks a webhook destination completely: the URL itself ({@link checkWebhookUrl}: scheme, literal
 * host, metadata names), then EVERY address its host name resolves to — refused if any is forbidden, or
 * loopback without `allowLoopback`. Run at registration and again before each delivery, so a name that
 * later resolves somewhere else (DNS rebinding) is caught. A name that does not resolve is let through:
 * nothing can be reached there, and the delivery check runs again.
 *
 * @example
 * await checkWebhookDestination('http://localhost:9/hook', { allowLoopback: false }) // throws invalid_request (forbidden_url)
 */
export async function checkWebhookDestination(url: string, options: { allowLoopback: boolean; lookup?: HostLookup }): Promise<void> {
  checkWebhookUrl(url, options);
  const host = new URL(url).hostname.replace(/^\[|\]$/g, '').replace(/\.$/, '').toLowerCase();
  const addresses = isIP(host) ? [host] : await resolveAll(host, options.lookup ?? systemLookup);
  for (const address of addresses) {
    const kind = classifyAddress(address);
    if (kind === 'forbidden') throw refused(`${host} resolves to ${address}, a private, link-local or reserved address: it cannot receive webhooks`);
    if (kind === 'loopback' && !options.allowLoopback) {
      throw refused(`${host} resolves to the loopback address ${address}: allowed only when the sandbox runs with allowLoopbackWebhooks (--allow-loopback-webhooks)`);
    }
  }
}

async function resolveAll(host: string, lookup: HostLookup): Promise<string[]> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), LOOKUP_TIMEOUT_MS);
  });
  try {
    const found = await Promise.race([lookup(host).catch(() => null), timeout]);
    return found ? found.map((entry) => entry.address) : [];
  } finally {
    clearTimeout(timer);
  }
}

function refused(message: string) {
  return invalidRequest(message, [{ path: ['url'], code: 'forbidden_url', message }]);
}

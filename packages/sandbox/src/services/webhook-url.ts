import { invalidRequest } from './errors.js';

// Cloud metadata services answer on these names (and on 169.254.169.254, refused as link-local).
const METADATA_HOSTS = new Set(['metadata', 'metadata.google.internal', 'metadata.goog', 'instance-data', 'instance-data.ec2.internal', 'metadata.azure.com']);

/** Whether `host` (a URL's hostname, IPv6 without brackets) is a loopback address or name. */
export function isLoopbackHost(host: string): boolean {
  return host === 'localhost' || host.endsWith('.localhost') || /^127\.\d+\.\d+\.\d+$/.test(host) || host === '::1' || host === '0:0:0:0:0:0:0:1';
}

/** Whether `host` is link-local (169.254.0.0/16, fe80::/10), unspecified, or a metadata service's name. */
export function isForbiddenHost(host: string): boolean {
  if (METADATA_HOSTS.has(host)) return true;
  if (/^169\.254\.\d+\.\d+$/.test(host) || host === '0.0.0.0' || host === '::') return true;
  // fe80::/10 covers fe80:: to febf::.
  if (/^fe[89ab][0-9a-f]:/i.test(host)) return true;
  // IPv4-mapped IPv6 (::ffff:169.254.x.x, also written in hex by the URL parser).
  const mapped = /^::ffff:(.+)$/i.exec(host)?.[1];
  if (mapped) return /^169\.254\./.test(mapped) || /^a9fe:/i.test(mapped) || isLoopbackHost(mapped) || /^7f[0-9a-f]{2}:/i.test(mapped);
  return false;
}

/**
 * Checks a webhook endpoint URL: http(s) only; never link-local or cloud-metadata addresses; loopback
 * only when the sandbox runs with `allowLoopbackWebhooks` (local development).
 *
 * @example
 * checkWebhookUrl('http://169.254.169.254/latest', { allowLoopback: false }) // throws invalid_request
 */
export function checkWebhookUrl(url: string, options: { allowLoopback: boolean }): void {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw refused('Not a URL');
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') throw refused('Only http and https URLs receive webhooks');
  const host = parsed.hostname.replace(/^\[|\]$/g, '').replace(/\.$/, '').toLowerCase();
  if (isForbiddenHost(host)) throw refused('Link-local and cloud metadata addresses cannot receive webhooks');
  if (isLoopbackHost(host) && !options.allowLoopback) {
    throw refused('Loopback addresses receive webhooks only when the sandbox runs with allowLoopbackWebhooks (--allow-loopback-webhooks)');
  }
}

function refused(message: string) {
  return invalidRequest(message, [{ path: ['url'], code: 'forbidden_url', message }]);
}

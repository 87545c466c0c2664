/**
 * Checks the signature a webhook request carries, as the API's `webhooks` settings describe it.
 * Uses the Web Crypto API (Node 20+, Bun, Deno, workers).
 */

/**
 * How the API signs its webhooks. `scheme` `hmac`: the header is `prefix` followed by the MAC;
 * `timestamped-hmac`: the header is `t=TIMESTAMP,v1=MAC,…` and the MAC is over `TIMESTAMP.` and
 * the body. `signs` `body`: the raw body; `url-form`: the full URL, then each form field's name
 * and value sorted by name.
 */
export interface SignatureScheme {
  readonly scheme: 'hmac' | 'timestamped-hmac';
  readonly header: string;
  readonly algorithm: 'sha1' | 'sha256' | 'sha512';
  readonly encoding: 'hex' | 'base64';
  readonly prefix: string;
  readonly signs: 'body' | 'url-form';
  readonly tolerance: number;
}

/** A received webhook request, as the server framework gives it. */
export interface WebhookRequest {
  /** The webhook's signing secret. */
  secret: string;
  /** The request's headers (names in any case). */
  headers: Headers | Record<string, string | string[] | undefined>;
  /** The raw body, exactly as received. */
  body?: string | Uint8Array;
  /** The full URL the request was sent to, with its query. */
  url?: string;
  /** The form fields of a form-encoded body. */
  params?: URLSearchParams | Record<string, string | string[]> | Iterable<readonly [string, string]>;
  /** Seconds a timestamp stays valid, for timestamped signatures. */
  tolerance?: number;
  /** The current time in seconds since the epoch (default: the clock). */
  now?: number;
}

/** The request's signature is missing, malformed, wrong or too old: do not trust the request. */
export class WebhookVerificationError extends Error {
  override readonly name = 'WebhookVerificationError';
}

const HASHES = { sha1: 'SHA-1', sha256: 'SHA-256', sha512: 'SHA-512' } as const;
const DEFAULT_PORTS: Record<string, string> = { 'https:': '443', 'http:': '80' };

/** Resolves when the request was signed with `request.secret`; rejects with `WebhookVerificationError` otherwise. */
export async function verifySignature(scheme: SignatureScheme, request: WebhookRequest): Promise<void> {
  if (!request.secret) throw new WebhookVerificationError('no webhook secret given');
  const header = headerValue(request.headers, scheme.header);
  const body = typeof request.body === 'string' ? utf8(request.body) : (request.body ?? new Uint8Array());
  if (scheme.scheme === 'timestamped-hmac') {
    await verifyTimestamped(scheme, request, header, body);
  } else if (scheme.signs === 'url-form') {
    await verifyURLForm(scheme, request, header, body);
  } else if (!equal(scheme.prefix + (await mac(scheme, request.secret, body)), header)) {
    throw new WebhookVerificationError(`the ${scheme.header} signature does not match the body`);
  }
}

function headerValue(headers: WebhookRequest['headers'], name: string): string {
  let value: string | string[] | null | undefined;
  if (typeof (headers as Headers).get === 'function') {
    value = (headers as Headers).get(name);
  } else {
    const wanted = name.toLowerCase();
    const key = Object.keys(headers).find((k) => k.toLowerCase() === wanted);
    value = key === undefined ? undefined : (headers as Record<string, string | string[] | undefined>)[key];
  }
  const text = Array.isArray(value) ? value[0] : value;
  if (text === undefined || text === null || text === '') {
    throw new WebhookVerificationError(`the request has no ${name} header`);
  }
  return text;
}

async function verifyTimestamped(
  scheme: SignatureScheme,
  request: WebhookRequest,
  header: string,
  body: Uint8Array,
): Promise<void> {
  let timestamp: number | undefined;
  const signatures: string[] = [];
  for (const item of header.split(',')) {
    const [key, ...rest] = item.trim().split('=');
    const value = rest.join('=');
    if (key === 't' && /^[0-9]+$/.test(value)) timestamp = Number(value);
    else if (key === 'v1') signatures.push(value);
  }
  if (timestamp === undefined || signatures.length === 0) {
    throw new WebhookVerificationError(`the ${scheme.header} header has no t=TIMESTAMP and v1=SIGNATURE`);
  }
  const expected = await mac(scheme, request.secret, concat(utf8(`${timestamp}.`), body));
  if (!signatures.map((signature) => equal(expected, signature)).includes(true)) {
    throw new WebhookVerificationError(`no v1 signature of the ${scheme.header} header matches the body`);
  }
  const tolerance = request.tolerance ?? scheme.tolerance;
  const now = request.now ?? Date.now() / 1000;
  if (tolerance > 0 && timestamp < now - tolerance) {
    throw new WebhookVerificationError(
      `the ${scheme.header} timestamp ${timestamp} is older than ${tolerance} s`,
    );
  }
}

async function verifyURLForm(
  scheme: SignatureScheme,
  request: WebhookRequest,
  header: string,
  body: Uint8Array,
): Promise<void> {
  if (request.url === undefined || request.url === '') {
    throw new WebhookVerificationError(
      'the full URL the webhook was sent to is needed to check its signature',
    );
  }
  let fields = formFields(request.params);
  const bodyHash = new URL(request.url).searchParams.get('bodySHA256');
  if (bodyHash !== null) {
    // A JSON body: the URL carries the body's SHA-256, and the signature covers the URL alone.
    const digest = new Uint8Array(await subtle().digest('SHA-256', arrayBuffer(body)));
    if (!equal(hex(digest), bodyHash)) {
      throw new WebhookVerificationError("the body does not match the URL's bodySHA256");
    }
    fields = [];
  }
  const unique = [...new Set(fields.map(([name, value]) => JSON.stringify([name, value])))]
    .map((pair) => JSON.parse(pair) as [string, string])
    .sort(([a, x], [b, y]) => compare(a, b) || compare(x, y));
  const signed = unique.map(([name, value]) => name + value).join('');
  // Senders differ on whether the URL names the default port: both forms are accepted.
  const matches: boolean[] = [];
  for (const variant of portVariants(request.url)) {
    matches.push(equal(scheme.prefix + (await mac(scheme, request.secret, utf8(variant + signed))), header));
  }
  if (!matches.includes(true)) {
    throw new WebhookVerificationError(`the ${scheme.header} signature does not match the URL and form`);
  }
}

function formFields(params: WebhookRequest['params']): [string, string][] {
  if (params === undefined) return [];
  if (params instanceof URLSearchParams || Symbol.iterator in Object(params)) {
    return [...(params as Iterable<readonly [string, string]>)].map(([name, value]) => [name, value]);
  }
  return Object.entries(params as Record<string, string | string[]>).flatMap(([name, value]) =>
    (Array.isArray(value) ? value : [value]).map((item): [string, string] => [name, item]),
  );
}

/** Code-unit order, as Python sorts strings for ASCII names. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function portVariants(url: string): string[] {
  const match = /^([a-zA-Z][a-zA-Z0-9+.-]*:\/\/)([^/?#]*)(.*)$/.exec(url);
  if (match === null) return [url];
  const [, scheme = '', authority = '', rest = ''] = match;
  const at = authority.lastIndexOf('@');
  const user = at >= 0 ? authority.slice(0, at + 1) : '';
  const hostPort = authority.slice(at + 1);
  const port = /:([0-9]+)$/.exec(hostPort);
  const host = port === null ? hostPort : hostPort.slice(0, port.index);
  const defaultPort = DEFAULT_PORTS[scheme.slice(0, -2).toLowerCase()] ?? '443';
  return [url, scheme + user + host + rest, `${scheme}${user}${host}:${port?.[1] ?? defaultPort}${rest}`];
}

async function mac(scheme: SignatureScheme, secret: string, message: Uint8Array): Promise<string> {
  const key = await subtle().importKey(
    'raw',
    arrayBuffer(utf8(secret)),
    { name: 'HMAC', hash: HASHES[scheme.algorithm] },
    false,
    ['sign'],
  );
  const digest = new Uint8Array(await subtle().sign('HMAC', key, arrayBuffer(message)));
  return scheme.encoding === 'base64' ? base64(digest) : hex(digest);
}

function subtle(): SubtleCrypto {
  const crypto = (globalThis as { crypto?: Crypto }).crypto;
  if (crypto?.subtle === undefined) {
    throw new WebhookVerificationError(
      'this runtime has no Web Crypto API (globalThis.crypto.subtle): use Node.js 20+, Deno, Bun or a browser',
    );
  }
  return crypto.subtle;
}

/** Constant-time comparison: every code unit is compared whatever the first difference. */
function equal(expected: string, given: string): boolean {
  const actual = given.trim();
  let difference = expected.length ^ actual.length;
  for (let i = 0; i < expected.length; i++) {
    difference |= expected.charCodeAt(i) ^ actual.charCodeAt(i % Math.max(actual.length, 1));
  }
  return difference === 0;
}

function utf8(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

/** A copy in a plain ArrayBuffer, the only buffer Web Crypto's types accept. */
function arrayBuffer(bytes: Uint8Array): ArrayBuffer {
  const copy = new Uint8Array(bytes.length);
  copy.set(bytes);
  return copy.buffer;
}

function hex(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

function base64(bytes: Uint8Array): string {
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary);
}

// Shared helpers for the conformance scenarios: the SDK, the mock's admin API and the journal.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export const W = process.env.SWITCHBOARD_WIREMOCK_URL;
export const PRISM = process.env.SWITCHBOARD_PRISM_URL;
export const SID = 'AC0123456789abcdef0123456789abcdef';
export const BASIC = 'Basic QUMwMTIzNDU2Nzg5YWJjZGVmMDEyMzQ1Njc4OWFiY2RlZjp0b2tlbi1zZWNyZXQ=';
export const B256 = Uint8Array.from({ length: 256 }, (_, i) => i);
const mappings = join(process.env.SWITCHBOARD_CONFORMANCE_DIR, 'mappings');

export const sdk = await import(pathToFileURL(join(process.env.KITCHEN_SINK_SDK, 'dist/esm/index.js')).href);

/** The standard client: WireMock, account SID and token, API key. */
export function client(options = {}) {
  return new sdk.KitchenSink({
    baseURL: `${W}/v1`,
    username: SID,
    password: 'token-secret',
    apiKey: 'key-123',
    ...options,
  });
}

/** Resets WireMock and loads the scenario's stubs. */
export async function load(scenario) {
  await admin('POST', '/__admin/reset');
  const body = await readFile(join(mappings, `${scenario}.json`));
  await admin('POST', '/__admin/mappings/import', body);
}

/** The requests WireMock received, oldest first. */
export async function journal() {
  const response = await admin('GET', '/__admin/requests');
  const { requests } = await response.json();
  return requests.map((entry) => entry.request).reverse();
}

async function admin(method, path, body) {
  const response = await fetch(W + path, { method, body });
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status}`);
  return response;
}

export function header(request, name) {
  const key = Object.keys(request.headers).find((k) => k.toLowerCase() === name.toLowerCase());
  return key === undefined ? undefined : request.headers[key];
}

export function bodyBytes(request) {
  return Buffer.from(request.bodyAsBase64 ?? '', 'base64');
}

export function bodyText(request) {
  return bodyBytes(request).toString('utf8');
}

/** A fetch that records the URL asked for and forwards to WireMock, keeping path and query. */
export function forwardingFetch(seen) {
  return (url, init) => {
    seen.push({ url, method: init.method });
    return fetch(url.replace(/^https:\/\/[^/]+/, W), init);
  };
}

/** Splits a multipart body into parts: headers (lower-case names) and bytes. */
export function multipart(request) {
  const type = header(request, 'Content-Type');
  const boundary = /boundary=("?)([^";]+)\1/.exec(type)[2];
  const body = bodyBytes(request).toString('latin1');
  return body
    .split(`--${boundary}`)
    .slice(1, -1)
    .map((chunk) => {
      const raw = chunk.replace(/^\r\n/, '').replace(/\r\n$/, '');
      const split = raw.indexOf('\r\n\r\n');
      const headers = {};
      for (const line of raw.slice(0, split).split('\r\n')) {
        const colon = line.indexOf(':');
        headers[line.slice(0, colon).toLowerCase()] = line.slice(colon + 1).trim();
      }
      return { headers, bytes: Buffer.from(raw.slice(split + 4), 'latin1') };
    });
}

// S54, S55, S57: webhook signatures checked against the official libraries' vectors; region and edge hosts, and values that are not host labels.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { test } from 'node:test';
import { B256, SID, forwardingFetch, journal, load, sdk } from './wire.mjs';

const { verifySignature } = await import(
  pathToFileURL(join(process.env.KITCHEN_SINK_SDK, 'dist/esm/core/webhooks.js')).href
);
const vectors = JSON.parse(
  await readFile(join(process.env.SWITCHBOARD_CONFORMANCE_DIR, 'webhooks', 'vectors.json'), 'utf8'),
).cases;

function scheme(c) {
  const { toleranceSeconds, ...rest } = c.scheme;
  return { ...rest, tolerance: toleranceSeconds };
}

async function valid(c) {
  try {
    await verifySignature(scheme(c), {
      secret: c.secret,
      headers: c.headers,
      body: c.body,
      url: c.url === '' ? undefined : c.url,
      params: c.params,
      now: c.now,
    });
    return true;
  } catch (error) {
    if (!(error instanceof sdk.WebhookVerificationError)) throw error;
    return false;
  }
}

test('S54 the vectors cover every scheme and outcome', () => {
  assert.deepEqual(new Set(vectors.map((c) => c.name.split(':')[0])), new Set(['github', 'stripe', 'twilio']));
  assert.deepEqual(new Set(vectors.map((c) => c.valid)), new Set([true, false]));
});

for (const c of vectors) {
  test(`S54 ${c.name}: the runtime verifier agrees with the official libraries`, async () => {
    assert.equal(await valid(c), c.valid);
  });
}

test('S54 verifyWebhook uses the configured scheme', async () => {
  const c = vectors.find((v) => v.name === 'stripe: valid');
  const headers = new Headers({ 'KitchenSink-Signature': c.headers['Stripe-Signature'] });
  const request = { secret: c.secret, headers, body: new TextEncoder().encode(c.body), now: c.now };
  await sdk.verifyWebhook(request);
  await sdk.verifyWebhook({ ...request, headers: { 'kitchensink-signature': c.headers['Stripe-Signature'] } });
  const refused = (changes, message) =>
    assert.rejects(
      sdk.verifyWebhook({ ...request, ...changes }),
      (error) => error instanceof sdk.WebhookVerificationError && message.test(error.message),
    );
  await refused({ secret: 'whsec_other' }, /no v1 signature/);
  await refused({ body: `${c.body} ` }, /no v1 signature/);
  await refused({ now: c.now + 300 }, /older than 300 s/);
  await sdk.verifyWebhook({ ...request, now: c.now + 300, tolerance: 600 });
  await refused({ headers: c.headers }, /no KitchenSink-Signature header/);
  assert.equal(sdk.webhookScheme.header, 'KitchenSink-Signature');
});

async function upload(options) {
  const seen = [];
  const c = new sdk.KitchenSink({ username: SID, password: 'token-secret', fetch: forwardingFetch(seen), ...options });
  const file = await sdk.toFile(B256, 'greeting.wav', { type: 'audio/wav' });
  await c.recordings.upload({ callId: 42n, file });
  return seen.map((s) => `${s.method} ${s.url}`);
}

test('S55 a region and an edge move the media host', async () => {
  await load('S17');
  const saved = { region: process.env.KITCHEN_SINK_MEDIA_REGION, edge: process.env.KITCHEN_SINK_MEDIA_EDGE };
  delete process.env.KITCHEN_SINK_MEDIA_REGION;
  delete process.env.KITCHEN_SINK_MEDIA_EDGE;
  const path = '/v1/calls/42/recordings';
  try {
    assert.deepEqual(await upload({}), [`POST https://media.kitchensink.test${path}`]);
    assert.deepEqual(await upload({ mediaRegion: 'ie1', mediaEdge: 'dublin' }), [
      `POST https://media.dublin.ie1.kitchensink.test${path}`,
    ]);
    assert.deepEqual(await upload({ mediaEdge: 'sydney' }), [`POST https://media.sydney.us1.kitchensink.test${path}`]);
    assert.deepEqual(await upload({ mediaRegion: 'au1' }), [`POST https://media.au1.kitchensink.test${path}`]);
    process.env.KITCHEN_SINK_MEDIA_REGION = 'ie1';
    process.env.KITCHEN_SINK_MEDIA_EDGE = 'dublin';
    assert.deepEqual(await upload({}), [`POST https://media.dublin.ie1.kitchensink.test${path}`]);
    assert.deepEqual(await upload({ mediaEdge: 'frankfurt' }), [
      `POST https://media.frankfurt.ie1.kitchensink.test${path}`,
    ]);
  } finally {
    for (const [key, value] of Object.entries({
      KITCHEN_SINK_MEDIA_REGION: saved.region,
      KITCHEN_SINK_MEDIA_EDGE: saved.edge,
    })) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  }
  // The API's own host has two labels in front of kitchensink.test: it does not match *.kitchensink.test.
  await load('S29');
  const seen = [];
  const c = new sdk.KitchenSink({
    username: SID,
    password: 'token-secret',
    mediaRegion: 'ie1',
    fetch: forwardingFetch(seen),
  });
  assert.equal(await c.misc.getHealth(), 'ok');
  assert.deepEqual(
    seen.map((s) => `${s.method} ${s.url}`),
    ['GET https://us1.api.kitchensink.test/v1/health'],
  );
});

const HOSTILE = ['evil.test#', 'evil.test/x', 'user@evil.test', 'evil.test:8080', '.', '-us1', 'us1-', 'a'.repeat(64), 'us 1'];

async function withEnvironment(values, run) {
  const names = ['KITCHEN_SINK_MEDIA_REGION', 'KITCHEN_SINK_MEDIA_EDGE'];
  const saved = Object.fromEntries(names.map((name) => [name, process.env[name]]));
  for (const name of names) delete process.env[name];
  Object.assign(process.env, values);
  try {
    return await run();
  } finally {
    for (const name of names) {
      if (saved[name] === undefined) delete process.env[name];
      else process.env[name] = saved[name];
    }
  }
}

test('S57 a region or an edge that is not a host label is refused before any request', async () => {
  await load('S17');
  const seen = [];
  for (const value of HOSTILE) {
    const attempts = [
      [{ mediaRegion: value }, {}, 'mediaRegion'],
      [{ mediaEdge: value }, {}, 'mediaEdge'],
      [{}, { KITCHEN_SINK_MEDIA_REGION: value }, 'KITCHEN_SINK_MEDIA_REGION'],
      [{}, { KITCHEN_SINK_MEDIA_EDGE: value }, 'KITCHEN_SINK_MEDIA_EDGE'],
    ];
    for (const [options, environment, source] of attempts) {
      await withEnvironment(environment, () =>
        assert.rejects(
          async () => {
            const c = new sdk.KitchenSink({ username: SID, password: 'token-secret', fetch: forwardingFetch(seen), ...options });
            const file = await sdk.toFile(B256, 'greeting.wav', { type: 'audio/wav' });
            await c.recordings.upload({ callId: 42n, file });
          },
          (error) =>
            error instanceof sdk.SDKError && error.message.startsWith(`${source} `) && /host label/.test(error.message),
          `${source} = ${JSON.stringify(value)}`,
        ),
      );
    }
  }
  assert.deepEqual(seen, []);
  assert.deepEqual(await journal(), []);
});

test('S57 host labels are accepted', async () => {
  for (const value of ['a'.repeat(63), 'xn--p1ai', 'US-1']) {
    await withEnvironment({ KITCHEN_SINK_MEDIA_EDGE: value }, () => {
      const c = new sdk.KitchenSink({ username: SID, password: 'token-secret', mediaRegion: value });
      assert.equal(c.baseURL, 'https://us1.api.kitchensink.test/v1');
    });
  }
});

test('hostLabel names the source and the rule', async () => {
  const { hostLabel, rewriteURL } = await import(
    pathToFileURL(join(process.env.KITCHEN_SINK_SDK, 'dist/esm/core/hosts.js')).href
  );
  assert.equal(hostLabel('ie1', 'region'), 'ie1');
  for (const value of ['evil.test#', 'a/b', 'u@evil.test', 'evil:1', 'a.b', '-a', 'a-', 'a'.repeat(64), 'é1', 'ie1\n', 7]) {
    assert.throws(
      () => hostLabel(value, 'edge'),
      (error) =>
        error instanceof sdk.SDKError &&
        error.message.startsWith('edge ') &&
        error.message.includes("1-63 letters, digits or '-', not starting or ending with '-'"),
    );
  }
  const spec = { hosts: ['*.x.test'], rewrite: '{host}.{edge}.{region}.x.test', regionOption: 'r', edgeOption: 'e', regionEnv: 'R', edgeEnv: 'E' };
  assert.equal(
    rewriteURL({ spec, region: 'a'.repeat(63), edge: 'E-1' }, 'https://api.x.test/v1?a=1'),
    `https://api.e-1.${'a'.repeat(63)}.x.test/v1?a=1`,
  );
});

test('the package asks for a runtime with globalThis.crypto.subtle and imports no Node.js module', async () => {
  const sdkDir = process.env.KITCHEN_SINK_SDK;
  const pkg = JSON.parse(await readFile(join(sdkDir, 'package.json'), 'utf8'));
  assert.equal(pkg.engines.node, '>=20');
  assert.match(await readFile(join(sdkDir, 'README.md'), 'utf8'), /runs on Node\.js 20\+/);
  const { readdir } = await import('node:fs/promises');
  const sources = (await readdir(join(sdkDir, 'src'), { recursive: true })).filter((f) => f.endsWith('.ts'));
  assert.ok(sources.length > 10);
  for (const file of sources) {
    const text = await readFile(join(sdkDir, 'src', file), 'utf8');
    assert.doesNotMatch(text, /from ['"]node:|require\(['"]node:|from ['"](crypto|buffer|fs|http|https)['"]/, file);
  }
  const saved = Object.getOwnPropertyDescriptor(globalThis, 'crypto');
  Object.defineProperty(globalThis, 'crypto', { value: undefined, configurable: true, writable: true });
  try {
    const c = vectors.find((v) => v.name === 'stripe: valid');
    await assert.rejects(
      verifySignature(scheme(c), { secret: c.secret, headers: c.headers, body: c.body, now: c.now }),
      (error) => error instanceof sdk.WebhookVerificationError && /Node\.js 20\+/.test(error.message),
    );
  } finally {
    Object.defineProperty(globalThis, 'crypto', saved);
  }
});

// S25-S30: server-sent events, connection failures, timeouts, Prism, servers and credentials.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { B256, BASIC, PRISM, SID, W, client, forwardingFetch, header, journal, load, sdk } from './wire.mjs';

test('S25 server-sent events arrive as typed values', async () => {
  await load('S25');
  const stream = await client().misc.streamEvents();
  const events = [];
  const started = Date.now();
  let firstAt;
  for await (const event of stream) {
    firstAt ??= Date.now() - started;
    events.push([event.MessageSid, event.MessageStatus, event.ErrorCode]);
  }
  const total = Date.now() - started;
  assert.deepEqual(events, [
    ['SM025', 'queued', undefined],
    ['SM025', 'sent', undefined],
    ['SM025', 'undelivered', '30008'],
  ]);
  assert.ok(firstAt < total, 'the first event is yielded before the stream ends');
  const [request, ...rest] = await journal();
  assert.equal(rest.length, 0);
  assert.equal(request.url, '/v1/misc/events');
  assert.equal(header(request, 'Accept'), 'text/event-stream');
});

test('S26 a GET is retried after a dropped connection, a POST without a key is not', async () => {
  await load('S26');
  const call = await client().calls.fetch({ callId: 1026n });
  assert.equal(call.id, 1026n);
  await assert.rejects(
    client().calls.create({ to: '+15551230001', from: '+15559870000' }),
    (error) => error instanceof sdk.APIConnectionError && !(error instanceof sdk.APITimeoutError),
  );
  const requests = await journal();
  assert.deepEqual(
    requests.map((r) => `${r.method} ${r.url}`),
    ['GET /v1/calls/1026', 'GET /v1/calls/1026', 'POST /v1/calls'],
  );
});

test('S27 a slow response fails with the timeout error', async () => {
  await load('S27');
  const started = Date.now();
  await assert.rejects(client({ timeout: 1000, maxRetries: 0 }).misc.getHealth(), sdk.APITimeoutError);
  const elapsed = Date.now() - started;
  assert.ok(elapsed >= 1000 && elapsed < 2000, `failed after ${elapsed} ms`);
  assert.equal((await journal()).length, 1);
});

test('S28 every operation passes Prism request validation', async () => {
  const c = new sdk.KitchenSink({ baseURL: PRISM, username: SID, password: 'token-secret', apiKey: 'key-123' });
  const bearer = new sdk.KitchenSink({ baseURL: PRISM, token: 'bearer-token' });
  const file = await sdk.toFile(B256, 'greeting.wav', { type: 'audio/wav' });
  const reserved = {
    class: 'v-class', def: 'v-def', from: 'v-from', import: 'v-import', package: 'v-package', func: 'v-func',
    type: 'v-type', interface: 'v-interface', default: 'v-default', async: true, await: false, yield: 3,
    self: 'v-self', this: 'v-this', new: true, delete: false, None: 'v-None', nil: 'v-nil', null: 'v-null',
    true: true, range: 'v-range', select: 'v-select', chan: 'v-chan', go: 'v-go', fn: 'v-fn', match: 'v-match',
    'content-type': 'v-content-type', '@id': 'v-@id', $schema: 'v-$schema', snake_case: 'v-snake_case',
    camelCase: 'v-camelCase', PascalCase: 'v-PascalCase', SCREAMING_CASE: 'v-SCREAMING_CASE',
    'with space': 'v-with space', ünïcödé: 'v-ünïcödé',
  };
  const calls = {
    getHealth: [200, () => c.misc.getHealth()],
    fetchAccount: [200, () => c.accounts.fetch({ accountSid: SID })],
    fetchAccountBearer: [200, () => bearer.accounts.fetch({ accountSid: SID })],
    updateAccount: [200, () => c.accounts.update({ accountSid: SID, FriendlyName: 'Ops Team', Status: 'suspended', StatusCallbackEvent: ['initiated', 'ringing', 'completed'], VoiceEnabled: false })],
    deleteAccount: [204, () => c.accounts.delete({ accountSid: SID })],
    listMessages: [200, () => c.messages.list({ accountSid: SID, 'DateSent>': '2026-01-02T03:04:05Z', Status: 'queued', PageSize: 2 })],
    createMessage: [201, () => c.messages.create({ accountSid: SID, To: '+15551230001', Body: 'Hello & welcome', MediaUrl: ['https://cdn.kitchensink.test/a.png', 'https://cdn.kitchensink.test/b.png'], 'Idempotency-Key': 'order-42' })],
    fetchMessage: [200, () => c.messages.fetch({ accountSid: SID, messageSid: 'MM a/b?c' })],
    listCalls: [200, () => c.calls.list({ limit: 2, status: ['queued', 'ringing'], fields: ['id', 'status'] })],
    createCall: [201, () => c.calls.create({ to: '+15551230001', from: '+15559870000', correlation_id: 42n, caller_name: null })],
    fetchCall: [200, () => c.calls.fetch({ callId: 1001n })],
    uploadRecording: [201, () => c.recordings.upload({ callId: 42n, file, label: 'greeting' })],
    downloadRecordingMedia: [200, () => c.recordings.downloadMedia({ recordingId: 'RE0123' })],
    replaceRecordingMedia: [204, () => c.recordings.replaceMedia({ recordingId: 'RE0123', body: B256 })],
    listPets: [200, () => c.pets.list({ offset: 0, limit: 2 })],
    fetchPetOwner: [200, () => c.pets.fetchOwner({ petId: '5b0f2c1e-8d1a-4c39-9a57-2f6f0c4b7e10' })],
    createReservedWords: [200, () => c.misc.createReservedWords(reserved)],
    getUsageMaps: [200, () => c.misc.getUsageMaps()],
    streamEvents: [200, () => c.misc.streamEvents()],
  };
  const failures = [];
  for (const [name, [status, call]] of Object.entries(calls)) {
    try {
      const { response } = await call().withResponse();
      if (response.status !== status || response.headers.has('sl-violations')) {
        failures.push(`${name}: ${response.status} ${response.headers.get('sl-violations') ?? ''}`);
      }
    } catch (error) {
      failures.push(`${name}: ${error.status ?? ''} ${error.headers?.get('sl-violations') ?? error.message}`);
    }
  }
  await assert.rejects(c.pets.create({ body: { id: '5b0f2c1e-8d1a-4c39-9a57-2f6f0c4b7e10', name: 'Rex', pet_type: 'dog', good_boy: true, breed: null } }), (error) => {
    assert.equal(error.status, 422);
    assert.match(error.headers.get('content-type'), /application\/problem\+json/);
    const validation = JSON.parse(error.rawBody).validation;
    assert.equal(validation.length, 1);
    assert.deepEqual(validation[0].location, ['body']);
    assert.equal(validation[0].code, 'oneOf');
    return true;
  });
  assert.deepEqual(failures, []);
});

test('S29 the region variable and the base URL choose the server', async () => {
  await load('S29');
  const seen = [];
  const credentials = { username: SID, password: 'token-secret' };
  assert.equal(await new sdk.KitchenSink({ ...credentials, region: 'ie1', fetch: forwardingFetch(seen) }).misc.getHealth(), 'ok');
  assert.equal(await new sdk.KitchenSink({ ...credentials, fetch: forwardingFetch(seen) }).misc.getHealth(), 'ok');
  assert.equal(await new sdk.KitchenSink({ ...credentials, baseURL: `${W}/v1` }).misc.getHealth(), 'ok');
  assert.deepEqual(seen.map((s) => s.url), [
    'https://ie1.api.kitchensink.test/v1/health',
    'https://us1.api.kitchensink.test/v1/health',
  ]);
  assert.deepEqual((await journal()).map((r) => `${r.method} ${r.url}`), Array(3).fill('GET /v1/health'));
});

test('S30 credentials come from the environment, or a clear error names the variable', async () => {
  await load('S30');
  const names = ['KITCHEN_SINK_USERNAME', 'KITCHEN_SINK_PASSWORD', 'KITCHEN_SINK_TOKEN', 'KITCHEN_SINK_API_KEY'];
  const saved = Object.fromEntries(names.map((n) => [n, process.env[n]]));
  const setEnv = (values) => {
    for (const n of names) delete process.env[n];
    Object.assign(process.env, values);
  };
  try {
    setEnv({ KITCHEN_SINK_USERNAME: SID, KITCHEN_SINK_PASSWORD: 'token-secret' });
    await new sdk.KitchenSink({ baseURL: `${W}/v1` }).accounts.fetch({ accountSid: SID });
    setEnv({ KITCHEN_SINK_TOKEN: 'bearer-token' });
    await new sdk.KitchenSink({ baseURL: `${W}/v1` }).accounts.fetch({ accountSid: SID });
    setEnv({});
    await assert.rejects(new sdk.KitchenSink({ baseURL: `${W}/v1` }).accounts.fetch({ accountSid: SID }), (error) => {
      assert.ok(error instanceof sdk.MissingCredentialsError);
      assert.match(error.message, /KITCHEN_SINK_USERNAME/);
      return true;
    });
  } finally {
    setEnv(Object.fromEntries(Object.entries(saved).filter(([, v]) => v !== undefined)));
  }
  const requests = await journal();
  assert.equal(requests.length, 2);
  assert.equal(header(requests[0], 'Authorization'), BASIC);
  assert.equal(header(requests[1], 'Authorization'), 'Bearer bearer-token');
});

// S15-S24: JSON bodies, int64, multipart, binary, unions, reserved words and maps.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { test } from 'node:test';
import { B256, BASIC, bodyBytes, bodyText, client, forwardingFetch, header, journal, load, multipart, sdk } from './wire.mjs';

test('S15 null is sent, absent is left out, int64 is exact', async () => {
  await load('S15');
  const base = { to: '+15551230001', from: '+15559870000', correlation_id: 9007199254740993n };
  const withNull = await client().calls.create({ ...base, caller_name: null });
  const without = await client().calls.create(base);
  assert.equal(withNull.id, 1015n);
  assert.deepEqual(withNull.metadata, {
    to: '+15551230001',
    from: '+15559870000',
    correlation_id: 9007199254740993n,
    caller_name: null,
  });
  assert.ok(!('caller_name' in without.metadata));
  const requests = await journal();
  assert.deepEqual(
    requests.map((r) => bodyText(r)),
    [
      '{"to":"+15551230001","from":"+15559870000","correlation_id":9007199254740993,"caller_name":null}',
      '{"to":"+15551230001","from":"+15559870000","correlation_id":9007199254740993}',
    ],
  );
  for (const request of requests) assert.match(header(request, 'Content-Type'), /^application\/json/);
});

test('S16 an int64 id comes back exactly', async () => {
  await load('S16');
  const call = await client().calls.fetch({ callId: 9007199254740993n });
  assert.equal(call.id, 9007199254740993n);
  assert.equal(call.status, 'completed');
  assert.equal(call.answered_on, '2026-01-02');
  assert.equal(call.duration_seconds, 42);
  assert.equal(call.recording, null);
  const [request, ...rest] = await journal();
  assert.equal(rest.length, 0);
  assert.equal(request.url, '/v1/calls/9007199254740993');
});

test('S17 uploadRecording sends multipart to the operation server', async () => {
  await load('S17');
  const seen = [];
  const c = new sdk.KitchenSink({
    username: 'AC0123456789abcdef0123456789abcdef',
    password: 'token-secret',
    fetch: forwardingFetch(seen),
  });
  const file = await sdk.toFile(B256, 'greeting.wav', { type: 'audio/wav' });
  const recording = await c.recordings.upload({ callId: 42n, file, label: 'greeting', tags: ['intro', 'en'] });
  assert.deepEqual(recording, {
    id: 'RE0123',
    duration_seconds: 1.5,
    channels: 1,
    label: 'greeting',
    checksum: 'QK/y6dLYki5Hr9RkjmlnSXFYeF+9Hahw5xECZr+USIA=',
  });
  assert.deepEqual(seen, [{ url: 'https://media.kitchensink.test/v1/calls/42/recordings', method: 'POST' }]);
  const [request, ...rest] = await journal();
  assert.equal(rest.length, 0);
  assert.equal(request.url, '/v1/calls/42/recordings');
  assert.equal(header(request, 'Authorization'), BASIC);
  const parts = multipart(request);
  assert.equal(parts.length, 4);
  assert.equal(parts[0].headers['content-disposition'], 'form-data; name="file"; filename="greeting.wav"');
  assert.equal(parts[0].headers['content-type'], 'audio/wav');
  assert.deepEqual(new Uint8Array(parts[0].bytes), B256);
  const text = parts.slice(1).map((p) => [/name="([^"]+)"/.exec(p.headers['content-disposition'])[1], p.bytes.toString()]);
  assert.deepEqual(text, [['label', 'greeting'], ['tags', 'intro'], ['tags', 'en']]);
});

test('S18 a binary download is returned byte for byte', async () => {
  await load('S18');
  const response = await client().recordings.downloadMedia({ recordingId: 'RE0123' });
  const bytes = new Uint8Array(await response.arrayBuffer());
  assert.equal(bytes.length, 1048576);
  const digest = createHash('sha256').update(bytes).digest('hex');
  assert.equal(digest, 'abc70367ceaebb51ddae23bb22cde54c0e8b155e3e936db642a855c6b1270475');
  const [request, ...rest] = await journal();
  assert.equal(rest.length, 0);
  assert.equal(request.url, '/v1/recordings/RE0123/media');
  assert.equal(header(request, 'X-Api-Key'), 'key-123');
  assert.equal(header(request, 'Authorization'), undefined);
});

test('S19 a binary upload is sent as octet-stream', async () => {
  await load('S19');
  assert.equal(await client().recordings.replaceMedia({ recordingId: 'RE0123', body: B256 }), undefined);
  const [request, ...rest] = await journal();
  assert.equal(rest.length, 0);
  assert.equal(request.method, 'PUT');
  assert.equal(request.url, '/v1/recordings/RE0123/media');
  assert.equal(header(request, 'Authorization'), BASIC);
  assert.match(header(request, 'Content-Type'), /^application\/octet-stream/);
  assert.deepEqual(new Uint8Array(bodyBytes(request)), B256);
});

test('S20 listPets pages by offset and decodes union variants', async () => {
  await load('S20');
  const pets = [];
  for await (const pet of client().pets.list({ limit: 2 })) pets.push(pet);
  assert.deepEqual(
    pets.map((p) => [p.name, String(p.pet_type)]),
    [['Tom', 'cat'], ['Rex', 'dog'], ['Liz', 'lizard'], ['Hammy', 'hamster'], ['Felix', 'cat']],
  );
  assert.equal(pets[0].indoor, true);
  assert.equal(pets[0].lives_left, 9);
  assert.equal(pets[1].good_boy, true);
  assert.equal(pets[1].breed, null);
  assert.equal(pets[2].scales, 'rough');
  assert.equal(pets[3].cheeks, 'full');
  assert.equal(pets[4].friends[0].pet_type, 'dog');
  assert.equal(pets[4].friends[0].good_boy, false);
  assert.equal(pets[4].friends[0].breed, 'beagle');
  const urls = (await journal()).map((r) => r.url);
  assert.deepEqual(urls, ['/v1/pets?limit=2', '/v1/pets?offset=2&limit=2', '/v1/pets?offset=4&limit=2']);
});

const DOG = { id: '5b0f2c1e-8d1a-4c39-9a57-2f6f0c4b7e10', name: 'Rex', pet_type: 'dog', good_boy: true, breed: null };

test('S21 a union request body is encoded with its discriminator', async () => {
  await load('S21');
  const pet = await client().pets.create({ body: DOG });
  assert.deepEqual(pet, DOG);
  const [request, ...rest] = await journal();
  assert.equal(rest.length, 0);
  assert.equal(request.url, '/v1/pets');
  assert.equal(
    bodyText(request),
    '{"id":"5b0f2c1e-8d1a-4c39-9a57-2f6f0c4b7e10","name":"Rex","pet_type":"dog","good_boy":true,"breed":null}',
  );
});

test('S22 an anyOf decodes to the matching variant, recursion included', async () => {
  await load('S22');
  const owner = await client().pets.fetchOwner({ petId: '5b0f2c1e-8d1a-4c39-9a57-2f6f0c4b7e10' });
  assert.equal(owner.legal_name, 'Kitchen Sink Pets Ltd');
  assert.deepEqual(owner.address, { lines: ['1 Main Street', 'Dublin'], country: 'IE' });
  assert.equal(owner.parent.parent.legal_name, 'Kitchen Sink Group');
  assert.equal(owner.parent.parent.address.country, 'NL');
  assert.equal((await journal())[0].url, '/v1/pets/5b0f2c1e-8d1a-4c39-9a57-2f6f0c4b7e10/owner');
});

const WIRE = ['class', 'def', 'from', 'import', 'package', 'func', 'type', 'interface', 'default', 'async', 'await', 'yield', 'self', 'this', 'new', 'delete', 'None', 'nil', 'null', 'true', 'range', 'select', 'chan', 'go', 'fn', 'match', 'content-type', '@id', '$schema', 'snake_case', 'camelCase', 'PascalCase', 'SCREAMING_CASE', 'with space', 'ünïcödé'];

test('S23 reserved-word properties round-trip under legal names', async () => {
  await load('S23');
  const special = { async: true, await: false, yield: 3, new: true, delete: false, true: true };
  const expected = Object.fromEntries(WIRE.map((w) => [w, w in special ? special[w] : `v-${w}`]));
  const params = {
    class: 'v-class', def: 'v-def', from: 'v-from', import: 'v-import', package: 'v-package', func: 'v-func',
    type: 'v-type', interface: 'v-interface', default: 'v-default', async: true, await: false, yield: 3,
    self: 'v-self', this: 'v-this', new: true, delete: false, None: 'v-None', nil: 'v-nil', null: 'v-null',
    true: true, range: 'v-range', select: 'v-select', chan: 'v-chan', go: 'v-go', fn: 'v-fn', match: 'v-match',
    'content-type': 'v-content-type', '@id': 'v-@id', $schema: 'v-$schema', snake_case: 'v-snake_case',
    camelCase: 'v-camelCase', PascalCase: 'v-PascalCase', SCREAMING_CASE: 'v-SCREAMING_CASE',
    'with space': 'v-with space', ünïcödé: 'v-ünïcödé',
  };
  const echoed = await client().misc.createReservedWords(params);
  assert.deepEqual(echoed, params);
  const [request, ...rest] = await journal();
  assert.equal(rest.length, 0);
  assert.equal(request.url, '/v1/misc/reserved-words');
  assert.equal(bodyText(request), JSON.stringify(expected));
});

test('S24 maps, free-form JSON and int64 map values', async () => {
  await load('S24');
  const usage = await client().misc.getUsageMaps();
  assert.equal(usage.kind, 'usage');
  assert.deepEqual(usage.counters, { sms: 9007199254740993n, voice: 12n, zero: 0n, negative: -9007199254740993n });
  assert.deepEqual(usage.by_category, { sms: { inbound: 1.5, outbound: 2 }, voice: {} });
  assert.deepEqual(usage.raw, { nested: [1, 'two', null, true, { deep: [] }], n: -0.5 });
  assert.deepEqual(usage.labels, { team: 'ops', tier: 3, beta: true });
  assert.deepEqual(usage.empty, {});
  assert.equal((await journal())[0].url, '/v1/misc/maps');
});

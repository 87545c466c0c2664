// S01-S14, S58: health, accounts, messages and calls listing, groups of inputs of which one must be given.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { BASIC, SID, client, header, journal, load, bodyText, sdk } from './wire.mjs';

test('S01 getHealth sends no credentials and returns the text', async () => {
  await load('S01');
  assert.equal(await client().misc.getHealth(), 'ok');
  const [request, ...rest] = await journal();
  assert.equal(rest.length, 0);
  assert.equal(request.method, 'GET');
  assert.equal(request.url, '/v1/health');
  assert.equal(header(request, 'Authorization'), undefined);
});

test('S02 fetchAccount uses basic auth and exposes the raw response', async () => {
  await load('S02');
  const { data, response } = await client().accounts.fetch({ accountSid: SID }).withResponse();
  assert.equal(response.status, 200);
  assert.equal(response.headers.get('X-RateLimit-Remaining'), '7');
  assert.equal(data.sid, SID);
  assert.equal(data.friendly_name, 'Kitchen Sink Ops');
  assert.equal(data.status, 'active');
  assert.equal(data.type, 'Full');
  assert.equal(data.date_updated, null);
  assert.equal(data.balance, '12.50');
  assert.equal(data['2fa_enabled'], true);
  assert.deepEqual(data.subresource_uris, { messages: `/v1/accounts/${SID}/messages` });
  const requests = await journal();
  assert.equal(requests.length, 1);
  assert.equal(requests[0].url, `/v1/accounts/${SID}`);
  assert.equal(header(requests[0], 'Authorization'), BASIC);
});

test('S03 a 404 is a NotFoundError with code, message and raw body', async () => {
  await load('S03');
  const sid = 'AC00000000000000000000000000000404';
  const raw = `{"code":20404,"message":"The requested resource /v1/accounts/${sid} was not found","more_info":"https://www.kitchensink.test/docs/errors/20404","status":404}`;
  await assert.rejects(client().accounts.fetch({ accountSid: sid }), (error) => {
    assert.ok(error instanceof sdk.NotFoundError);
    assert.equal(error.status, 404);
    assert.equal(error.code, 20404);
    assert.match(error.message, /The requested resource \/v1\/accounts\/AC0+404 was not found/);
    assert.equal(error.rawBody, raw);
    assert.equal(error.body.more_info, 'https://www.kitchensink.test/docs/errors/20404');
    assert.equal(error.body.status, 404);
    return true;
  });
  const requests = await journal();
  assert.equal(requests.length, 1);
  assert.equal(header(requests[0], 'Authorization'), BASIC);
});

test('S04 updateAccount sends a form with repeated keys and booleans', async () => {
  await load('S04');
  const form =
    'FriendlyName=Ops+Team&Status=suspended&StatusCallbackEvent=initiated&StatusCallbackEvent=ringing&StatusCallbackEvent=completed&VoiceEnabled=false';
  const account = await client().accounts.update({
    accountSid: SID,
    FriendlyName: 'Ops Team',
    Status: 'suspended',
    StatusCallbackEvent: ['initiated', 'ringing', 'completed'],
    VoiceEnabled: false,
  });
  assert.equal(account.friendly_name, 'Ops Team');
  assert.equal(account.status, 'suspended');
  assert.equal(account.subresource_uris.form, form);
  const [request, ...rest] = await journal();
  assert.equal(rest.length, 0);
  assert.equal(request.method, 'POST');
  assert.equal(request.url, `/v1/accounts/${SID}`);
  assert.match(header(request, 'Content-Type'), /^application\/x-www-form-urlencoded/);
  assert.equal(bodyText(request), form);
});

test('S05 deleteAccount returns true and is deprecated', async () => {
  await load('S05');
  assert.equal(await client().accounts.delete({ accountSid: SID }), true);
  const [request, ...rest] = await journal();
  assert.equal(rest.length, 0);
  assert.equal(request.method, 'DELETE');
  assert.equal(request.url, `/v1/accounts/${SID}`);
  assert.equal(header(request, 'Authorization'), BASIC);
  const source = await readFile(join(process.env.KITCHEN_SINK_SDK, 'src/resources/accounts.ts'), 'utf8');
  assert.match(source, /@deprecated\s+\*\/\s+declare delete: \(/);
});

test('S06 listMessages follows next_page_url lazily', async () => {
  await load('S06');
  const messages = client().messages.list({ accountSid: SID, PageSize: 2 });
  for await (const first of messages) {
    assert.equal(first.sid, 'SM001');
    break;
  }
  assert.equal((await journal()).length, 1);
  await load('S06');
  const sids = [];
  for await (const message of client().messages.list({ accountSid: SID, PageSize: 2 })) {
    sids.push(message.sid);
  }
  assert.deepEqual(sids, ['SM001', 'SM002', 'SM003', 'SM004', 'SM005']);
  const urls = (await journal()).map((r) => r.url);
  const base = `/v1/accounts/${SID}/messages`;
  assert.deepEqual(urls, [
    `${base}?PageSize=2`,
    `${base}?PageSize=2&Page=1&PageToken=PASM002`,
    `${base}?PageSize=2&Page=2&PageToken=PASM004`,
  ]);
});

test('S07 listMessages percent-encodes the query name and sends the enum value', async () => {
  await load('S07');
  const page = await client().messages.list({
    accountSid: SID,
    'DateSent>': new Date('2026-01-02T03:04:05Z'),
    Status: 'queued',
  });
  assert.deepEqual(
    page.items.map((m) => [m.sid, m.status]),
    [['SM007', 'queued']],
  );
  assert.equal(page.hasNextPage(), false);
  const [request, ...rest] = await journal();
  assert.equal(rest.length, 0);
  assert.equal(request.url, `/v1/accounts/${SID}/messages?DateSent%3E=2026-01-02T03:04:05Z&Status=queued`);
  assert.deepEqual(request.queryParams['DateSent>'].values, ['2026-01-02T03:04:05Z']);
  assert.equal(header(request, 'Authorization'), BASIC);
});

const S08_FORM =
  'To=%2B15551230001&Body=Hello+%26+welcome&MediaUrl=https%3A%2F%2Fcdn.kitchensink.test%2Fa.png&MediaUrl=https%3A%2F%2Fcdn.kitchensink.test%2Fb.png';

test('S08 createMessage sends the form and an idempotency key', async () => {
  await load('S08');
  const params = {
    accountSid: SID,
    To: '+15551230001',
    Body: 'Hello & welcome',
    MediaUrl: ['https://cdn.kitchensink.test/a.png', 'https://cdn.kitchensink.test/b.png'],
  };
  const message = await client().messages.create({ ...params, 'Idempotency-Key': 'order-42' });
  assert.equal(message.sid, 'SM100');
  assert.equal(message.body, 'Hello & welcome');
  assert.equal(message.price, null);
  assert.equal(message.media.length, 2);
  await client().messages.create(params);
  const requests = await journal();
  assert.equal(requests.length, 2);
  for (const request of requests) {
    assert.equal(request.method, 'POST');
    assert.equal(request.url, `/v1/accounts/${SID}/messages`);
    assert.equal(header(request, 'Authorization'), BASIC);
    assert.match(header(request, 'Content-Type'), /^application\/x-www-form-urlencoded/);
    assert.equal(bodyText(request), S08_FORM);
  }
  assert.equal(header(requests[0], 'Idempotency-Key'), 'order-42');
  const generated = header(requests[1], 'Idempotency-Key');
  assert.ok(generated && generated !== 'order-42');
});

test('S09 a 503 with Retry-After is retried with the same idempotency key', async () => {
  await load('S09');
  const message = await client().messages.create({ accountSid: SID, To: '+15551230001', Body: 'retry me' });
  assert.equal(message.sid, 'SM109');
  const requests = await journal();
  assert.equal(requests.length, 2);
  for (const request of requests) assert.equal(bodyText(request), 'To=%2B15551230001&Body=retry+me');
  const key = header(requests[0], 'Idempotency-Key');
  assert.ok(key);
  assert.equal(header(requests[1], 'Idempotency-Key'), key);
  const gap = requests[1].loggedDate - requests[0].loggedDate;
  assert.ok(gap >= 900 && gap < 3000, `retried after ${gap} ms`);
});

test('S10 a persistent 429 gives up after two retries with a RateLimitError', async () => {
  await load('S10');
  await assert.rejects(
    client().messages.create({ accountSid: SID, To: '+15551230001', Body: 'finally' }),
    (error) => {
      assert.ok(error instanceof sdk.RateLimitError);
      assert.equal(error.status, 429);
      assert.equal(error.code, 20429);
      assert.equal(error.retryAfter, 1);
      return true;
    },
  );
  const requests = await journal();
  assert.equal(requests.length, 3);
  const key = header(requests[0], 'Idempotency-Key');
  for (const request of requests) {
    assert.equal(bodyText(request), 'To=%2B15551230001&Body=finally');
    assert.equal(header(request, 'Idempotency-Key'), key);
  }
});

test('S11 a 422 exposes the validation fields', async () => {
  await load('S11');
  await assert.rejects(client().messages.create({ accountSid: SID, To: 'not-a-number' }), (error) => {
    assert.ok(error instanceof sdk.UnprocessableEntityError);
    assert.equal(error.status, 422);
    assert.equal(error.code, 21211);
    assert.equal(error.body.fields[0].name, 'To');
    assert.equal(typeof error.body.fields[0].reason, 'string');
    return true;
  });
  const requests = await journal();
  assert.equal(requests.length, 1);
  assert.equal(bodyText(requests[0]), 'To=not-a-number');
});

test('S12 an unknown enum value is kept as its raw string', async () => {
  await load('S12');
  const message = await client().messages.fetch({ accountSid: SID, messageSid: 'SM012' });
  assert.equal(message.sid, 'SM012');
  assert.equal(message.status, 'scheduled-v2');
  const [request, ...rest] = await journal();
  assert.equal(rest.length, 0);
  assert.equal(request.url, `/v1/accounts/${SID}/messages/SM012`);
});

test('S13 path parameters are percent-encoded', async () => {
  await load('S13');
  const message = await client().messages.fetch({ accountSid: SID, messageSid: 'MM a/b?c' });
  assert.equal(message.sid, 'MM a/b?c');
  const [request, ...rest] = await journal();
  assert.equal(rest.length, 0);
  assert.equal(request.url, `/v1/accounts/${SID}/messages/MM%20a%2Fb%3Fc`);
});

test('S14 listCalls follows the cursor with exploded and comma-joined arrays', async () => {
  await load('S14');
  const trace = '123e4567-e89b-12d3-a456-426614174000';
  const ids = [];
  for await (const call of client().calls.list({
    status: ['queued', 'ringing'],
    fields: ['id', 'status'],
    'X-Request-Trace': trace,
  })) {
    ids.push(call.id);
  }
  assert.deepEqual(ids, [1001n, 1002n, 1003n]);
  const requests = await journal();
  assert.deepEqual(
    requests.map((r) => r.url),
    ['/v1/calls?status=queued&status=ringing&fields=id,status', '/v1/calls?cursor=cur_2&status=queued&status=ringing&fields=id,status'],
  );
  for (const request of requests) {
    assert.equal(header(request, 'X-Request-Trace'), trace);
    assert.equal(header(request, 'Authorization'), BASIC);
  }
});

test('S58 updateAccount without FriendlyName or Status is refused before sending', async () => {
  await load('S04');
  await assert.rejects(client().accounts.update({ accountSid: SID, VoiceEnabled: true }), (error) => {
    assert.ok(error instanceof sdk.SDKError);
    assert.equal(error.message, 'give at least one of FriendlyName, Status');
    return true;
  });
  assert.deepEqual(await journal(), []);
  const account = await client().accounts.update({ accountSid: SID, Status: 'closed' });
  assert.equal(account.status, 'closed');
  const [request, ...rest] = await journal();
  assert.equal(rest.length, 0);
  assert.equal(request.method, 'POST');
  assert.equal(request.url, `/v1/accounts/${SID}`);
  assert.equal(bodyText(request), 'Status=closed');
});

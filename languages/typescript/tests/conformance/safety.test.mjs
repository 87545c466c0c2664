// S31-S36: next-page links and redirects keep credentials on the API's origin; path dots, bad
// bodies and bad header values fail at once with the SDK's own errors.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { BASIC, SID, W, bodyText, client, header, journal, load, sdk } from './wire.mjs';

const MESSAGES = `/v1/accounts/${SID}/messages`;
const CREDENTIALS = ['Authorization', 'X-Api-Key', 'Cookie'];
const foreign = (request) => header(request, 'X-Switchboard-Foreign') === '1';

async function all(iterable) {
  const items = [];
  for await (const item of iterable) items.push(item);
  return items;
}

test('S31 a next link on the API origin is moved onto the path-prefixed base URL', async () => {
  await load('S31');
  const messages = await all(client({ baseURL: `${W}/edge/v1` }).messages.list({ accountSid: SID, PageSize: 2 }));
  assert.deepEqual(
    messages.map((m) => m.sid),
    ['SM311', 'SM312', 'SM313', 'SM314', 'SM315'],
  );
  const requests = await journal();
  assert.deepEqual(
    requests.map((r) => r.url),
    [
      `/edge${MESSAGES}?PageSize=2`,
      `/edge${MESSAGES}?PageSize=2&Page=1&PageToken=PA312`,
      `/edge${MESSAGES}?PageSize=2&Page=2&PageToken=PA314`,
    ],
  );
  for (const request of requests) {
    assert.equal(header(request, 'Authorization'), BASIC);
    assert.equal(foreign(request), false);
  }
});

for (const [kind, pageSize] of [
  ['absolute', 2],
  ['scheme-relative', 3],
]) {
  test(`S32 a next link to another origin (${kind}) is refused`, async () => {
    await load('S32');
    const started = Date.now();
    const seen = [];
    await assert.rejects(
      (async () => {
        for await (const message of client().messages.list({ accountSid: SID, PageSize: pageSize })) seen.push(message.sid);
      })(),
      (error) => error instanceof sdk.ForeignLinkError && error.link.includes('PF322'),
    );
    assert.ok(Date.now() - started < 1000);
    assert.deepEqual(seen, ['SM321', 'SM322']);
    const requests = await journal();
    assert.deepEqual(
      requests.map((r) => [r.url, foreign(r)]),
      [[`${MESSAGES}?PageSize=${pageSize}`, false]],
    );
  });
}

test('S52 a next link that is an absolute path keeps the base URL prefix on page 2', async () => {
  await load('S52');
  const messages = await all(client({ baseURL: `${W}/edge/v1` }).messages.list({ accountSid: SID, PageSize: 2 }));
  assert.deepEqual(
    messages.map((m) => m.sid),
    ['SM521', 'SM522', 'SM523'],
  );
  const requests = await journal();
  assert.deepEqual(
    requests.map((r) => r.url),
    [`/edge${MESSAGES}?PageSize=2`, `/edge${MESSAGES}?PageSize=2&Page=1&PageToken=PA522`],
  );
  for (const request of requests) {
    assert.equal(header(request, 'Authorization'), BASIC);
    assert.equal(foreign(request), false);
  }
});

test('S32 followForeignLinks follows the link without credentials', async () => {
  await load('S32');
  const messages = await all(client({ followForeignLinks: true }).messages.list({ accountSid: SID, PageSize: 2 }));
  assert.deepEqual(
    messages.map((m) => m.sid),
    ['SM321', 'SM322', 'SM323'],
  );
  const [first, second, ...rest] = await journal();
  assert.equal(rest.length, 0);
  assert.equal(header(first, 'Authorization'), BASIC);
  assert.equal(second.url, `${MESSAGES}?PageSize=2&Page=1&PageToken=PF322`);
  assert.ok(foreign(second));
  for (const name of CREDENTIALS) assert.equal(header(second, name), undefined, name);
});

test('S33 a redirect to another origin strips every credential', async () => {
  await load('S33');
  const c = client();
  const account = await c.accounts.fetch({ accountSid: SID });
  assert.equal(account.sid, SID);
  const media = await c.recordings.downloadMedia({ recordingId: 'RE0330' });
  assert.equal(await media.text(), 'RIFF-landed');
  const requests = await journal();
  assert.deepEqual(
    requests.map((r) => [r.url, foreign(r)]),
    [
      [`/v1/accounts/${SID}`, false],
      [`/v1/landing/accounts/${SID}`, true],
      ['/v1/recordings/RE0330/media', false],
      ['/v1/landing/recordings/RE0330/media', true],
    ],
  );
  assert.equal(header(requests[0], 'Authorization'), BASIC);
  assert.equal(header(requests[2], 'X-Api-Key'), 'key-123');
  for (const landed of requests.filter(foreign)) {
    for (const name of CREDENTIALS) assert.equal(header(landed, name), undefined, name);
  }
});

test('S33 same-origin redirects keep credentials; 303 turns a POST into a GET', async () => {
  await load('S33');
  const c = client();
  const account = await c.accounts.fetch({ accountSid: 'AC00000000000000000000000000000308' });
  assert.equal(account.sid, SID);
  const message = await c.messages.create({ accountSid: SID, To: '+15551230001', Body: 'see other' });
  assert.equal(message.sid, 'SM333');
  const requests = await journal();
  assert.deepEqual(
    requests.map((r) => [r.method, r.url]),
    [
      ['GET', '/v1/accounts/AC00000000000000000000000000000308'],
      ['GET', `/v1/landing/accounts/${SID}`],
      ['POST', MESSAGES],
      ['GET', `${MESSAGES}/SM333`],
    ],
  );
  for (const request of requests) {
    assert.equal(header(request, 'Authorization'), BASIC);
    assert.equal(foreign(request), false);
  }
  assert.equal(bodyText(requests[2]), 'To=%2B15551230001&Body=see+other');
  assert.equal(bodyText(requests[3]), '');
  assert.equal(header(requests[3], 'Content-Type'), undefined);
});

test('S33 a redirect loop ends with TooManyRedirectsError', async () => {
  await load('S33');
  await assert.rejects(
    client().messages.fetch({ accountSid: SID, messageSid: 'SMloop' }),
    (error) => error instanceof sdk.TooManyRedirectsError && error.status === 302,
  );
  const urls = (await journal()).map((r) => r.url);
  assert.deepEqual(urls, Array(11).fill(`${MESSAGES}/SMloop`));
});

test('S34 "." and ".." as path values are refused before sending', async () => {
  await load('S34');
  const c = client();
  for (const value of ['.', '..']) {
    await assert.rejects(c.messages.fetch({ accountSid: SID, messageSid: value }), sdk.InvalidRequestError);
    await assert.rejects(c.accounts.fetch({ accountSid: value }), sdk.InvalidRequestError);
  }
  assert.deepEqual(await journal(), []);
});

test('S34 other dots are sent percent-encoded as usual', async () => {
  await load('S34');
  const c = client();
  assert.equal((await c.messages.fetch({ accountSid: SID, messageSid: '...' })).sid, '...');
  assert.equal((await c.messages.fetch({ accountSid: SID, messageSid: '%2E%2E' })).sid, '%2E%2E');
  assert.deepEqual(
    (await journal()).map((r) => r.url),
    [`${MESSAGES}/...`, `${MESSAGES}/%252E%252E`],
  );
});

test('S35 malformed and deeply nested bodies raise typed errors', async () => {
  await load('S35');
  const c = client();
  await assert.rejects(
    c.accounts.fetch({ accountSid: SID }),
    (error) => error instanceof sdk.APIDecodeError && error.status === 200 && error.rawBody.startsWith('{"sid":'),
  );
  await assert.rejects(all(c.calls.list()), sdk.APIDecodeError);
  await assert.rejects(
    c.calls.fetch({ callId: 3503n }),
    (error) => error instanceof sdk.APIDecodeError && error.rawBody.length === 100002,
  );
  await assert.rejects(
    c.calls.fetch({ callId: 3504n }),
    (error) => error instanceof sdk.NotFoundError && error.rawBody.length === 100002 && typeof error.body === 'string',
  );
  const events = [];
  await assert.rejects(
    (async () => {
      for await (const event of await c.misc.streamEvents()) events.push(event.MessageSid);
    })(),
    (error) => error instanceof sdk.APIDecodeError && error.rawBody === '{"MessageSid":',
  );
  assert.deepEqual(events, ['SM035']);
  assert.equal((await journal()).length, 5);
});

for (const value of ['abc\r\nX-Injected: yes', 'abc\nX-Injected: yes', 'abc\r']) {
  test(`S36 a header value with a line break is refused before sending: ${JSON.stringify(value)}`, async () => {
    await load('S36');
    const c = client();
    const started = Date.now();
    await assert.rejects(c.calls.list({ 'X-Request-Trace': value }), sdk.InvalidRequestError);
    await assert.rejects(
      c.accounts.fetch({ accountSid: SID }, { headers: { 'X-Note': value } }),
      sdk.InvalidRequestError,
    );
    assert.throws(() => client({ defaultHeaders: { 'X-Note': value } }), sdk.InvalidRequestError);
    assert.ok(Date.now() - started < 500);
    assert.deepEqual(await journal(), []);
  });
}

// S60, S61: debug logging with credentials redacted, personal data masked in a model's text.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { inspect } from 'node:util';
import { SID, client, journal, load } from './wire.mjs';

const EMAIL = 'jenny.rosen@example.com';
const PHONE = '+15551230001';
const BASIC_CREDENTIALS = Buffer.from(`${SID}:token-secret`).toString('base64');

/** A logger that keeps each record as its message and fields. */
function recorder() {
  const lines = [];
  return { lines, logger: { debug: (message, fields) => lines.push(`${message} ${JSON.stringify(fields)}`) } };
}

test('S60 the debug log shows each request, its status and retry, never credentials or bodies', async () => {
  await load('S60');
  const { lines, logger } = recorder();
  const c = client({ logger });
  const account = await c.accounts.fetch({ accountSid: SID });
  assert.equal(account.owner_email, EMAIL);
  const media = await c.recordings.downloadMedia({ recordingId: 'RE0123' });
  assert.equal(await media.text(), 'RIFF');
  const log = lines.join('\n');
  for (const shown of ['GET', `/v1/accounts/${SID}`, '503', '200', '/v1/recordings/RE0123/media', 'retrying', '***']) {
    assert.ok(log.includes(shown), `${shown} missing from ${log}`);
  }
  for (const secret of ['token-secret', BASIC_CREDENTIALS, 'key-123', EMAIL]) {
    assert.ok(!log.includes(secret), `${secret} in ${log}`);
  }
  assert.deepEqual(
    (await journal()).map((r) => r.url),
    [`/v1/accounts/${SID}`, `/v1/accounts/${SID}`, '/v1/recordings/RE0123/media'],
  );
});

test('S60 nothing is logged without a logger', async () => {
  await load('S60');
  const seen = [];
  const original = console.debug;
  console.debug = (...args) => seen.push(args);
  try {
    await client().accounts.fetch({ accountSid: SID });
  } finally {
    console.debug = original;
  }
  assert.deepEqual(seen, []);
});

test('S61 personal data shows as *** when a decoded model is inspected, and stays readable', async () => {
  await load('S60');
  const c = client();
  const account = await c.accounts.fetch({ accountSid: SID });
  assert.equal(account.owner_email, EMAIL);
  const text = inspect(account);
  assert.ok(text.includes('***') && text.includes('Kitchen Sink Ops') && !text.includes(EMAIL), text);
  assert.ok(JSON.stringify(account).includes(EMAIL));
  assert.deepEqual(Object.keys(account).includes('owner_email'), true);
  const message = await c.messages.create({ accountSid: SID, To: PHONE, Body: 'hello' });
  assert.equal(message.to, PHONE);
  const shown = inspect(message);
  assert.ok(shown.includes('SM161') && !shown.includes(PHONE), shown);
});

test('the debug log drops user info and masks credential and personal query parameters', async () => {
  const { RequestLog } = await import(
    pathToFileURL(join(process.env.KITCHEN_SINK_SDK, 'dist/esm/core/logging.js')).href
  );
  const lines = [];
  const log = new RequestLog(
    { debug: (message, fields) => lines.push(`${message} ${JSON.stringify(fields)}`) },
    { headers: ['x-session'], query: ['To'] },
    { headers: new Set(['authorization']), query: new Set(['api_key']) },
  );
  log.sending('GET', 'https://user:pw@api.test/v1/x?To=%2B15551230001&api_key=k-1&page=2', {
    Authorization: 'Basic abc',
    'X-Session': 's-1',
    Accept: 'application/json',
  }, 0);
  const text = lines.join('\n');
  for (const secret of ['user', 'pw@', '15551230001', 'k-1', 'Basic abc', 's-1']) {
    assert.ok(!text.includes(secret), `${secret} in ${text}`);
  }
  assert.ok(text.includes('page=2') && text.includes('application/json'), text);
});

test('a personal path parameter shows as *** in a logged URL, and the request is sent with it', async () => {
  const lookups = await import(pathToFileURL(join(process.env.TWILIO_LOOKUPS_SDK, 'dist/esm/index.js')).href);
  const { lines, logger } = recorder();
  const sent = [];
  const c = new lookups.TwilioLookups({
    username: SID,
    password: 'token-secret',
    logger,
    fetch: async (url) => {
      sent.push(new URL(url).pathname);
      return new Response('{"phone_number":"+15551234567"}', { headers: { 'Content-Type': 'application/json' } });
    },
  });
  await c.phoneNumbers('+15551234567').fetch();
  assert.deepEqual(sent, ['/v2/PhoneNumbers/%2B15551234567']);
  const log = lines.join('\n');
  assert.ok(log.includes('GET https://lookups.twilio.com/v2/PhoneNumbers/*** '), log);
  assert.ok(!log.includes('5551234567'), log);
});

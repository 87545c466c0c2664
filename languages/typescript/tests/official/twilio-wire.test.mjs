// The same Twilio calls, made with the official `twilio` npm package and with the Twilio subset
// generated as one SDK (camelCase, `shortcuts: api/v2010`, as samples/twilio/switchboard.yaml asks),
// are written the same way, only the client differs (`client.messages(MESSAGE).fetch()`,
// `client.messages(MESSAGE).remove()` with `verbs: "delete=remove"`,
// `client.verify.v2.services(SERVICE)…`; our list is iterated), and send the same requests: method,
// decoded path, query and form body, and the same basic credentials; where a call names what it
// returns (a delete's `true`), both return it.
// A recording server on 127.0.0.1 answers both. The SDK's folder comes from TWILIO_BUNDLE_SDK; the
// official package from TWILIO_NODE_MODULES.
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { pathToFileURL } from 'node:url';

const { Twilio } = await import(pathToFileURL(join(process.env.TWILIO_BUNDLE_SDK, 'dist/esm/index.js')).href);
const require = createRequire(join(process.env.TWILIO_NODE_MODULES, 'index.js'));
const twilio = require('twilio');

const SID = 'AC0123456789abcdef0123456789abcdef';
const TOKEN = 'auth-token-123';
const MESSAGE = 'SM0123456789abcdef0123456789abcdef';
const CALL = 'CA0123456789abcdef0123456789abcdef';
const SERVICE = 'VA0123456789abcdef0123456789abcdef';
const TO = '+15558675310';
const FROM = '+15017122661';
const SENT_AFTER = new Date('2026-11-30T08:30:00Z');
const SEND_AT = new Date('2026-12-24T09:00:00Z');
const MEDIA = ['https://demo.twilio.com/a.png', 'https://demo.twilio.com/b.png'];

/** Name to values, in arrival order per name; names sorted so that their order does not count. */
function pairs(text) {
  const values = {};
  for (const [name, value] of new URLSearchParams(text)) (values[name] ??= []).push(value);
  return Object.fromEntries(Object.entries(values).sort(([a], [b]) => (a < b ? -1 : 1)));
}

const seen = [];
let answer = { status: 200, body: {} };
const server = createServer((request, response) => {
  let raw = '';
  request.on('data', (chunk) => (raw += chunk));
  request.on('end', () => {
    const url = new URL(request.url, 'http://127.0.0.1');
    seen.push({
      method: request.method,
      path: decodeURIComponent(url.pathname),
      query: pairs(url.search),
      form: pairs(raw),
      authorization: request.headers.authorization,
    });
    const payload = answer.status === 204 ? '' : JSON.stringify(answer.body);
    response.writeHead(answer.status, payload ? { 'Content-Type': 'application/json' } : {});
    response.end(payload);
  });
});
let clients;

before(async () => {
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${server.address().port}`;
  // The official client, with every request sent to the recorder instead of Twilio's hosts.
  const http = new twilio.RequestClient();
  const send = http.request.bind(http);
  http.request = (opts) => {
    const url = new URL(opts.uri);
    return send({ ...opts, uri: base + url.pathname + url.search });
  };
  clients = {
    official: twilio(SID, TOKEN, { httpClient: http }),
    ours: new Twilio({ username: SID, password: TOKEN, baseURL: base }),
  };
});

after(() => server.close());

const page = (key) => ({ [key]: [], next_page_uri: null, page: 0, page_size: 20, uri: '/', first_page_uri: '/' });

/** Every item of a list: the official client's list is a promise of them, ours an async iterable. */
async function all(list) {
  if (typeof list[Symbol.asyncIterator] !== 'function') return list;
  const items = [];
  for await (const item of list) items.push(item);
  return items;
}

const CALLS = [
  {
    name: 'send a message',
    status: 201,
    body: { sid: MESSAGE, account_sid: SID },
    send: (client) => client.messages.create({ to: TO, from: FROM, body: 'Hello there' }),
  },
  {
    name: 'send a message with two media URLs',
    status: 201,
    body: { sid: MESSAGE },
    send: (client) => client.messages.create({ to: TO, from: FROM, mediaUrl: MEDIA }),
  },
  {
    name: 'schedule a message',
    status: 201,
    body: { sid: MESSAGE },
    send: (client) =>
      client.messages.create({
        to: TO,
        messagingServiceSid: 'MG0123',
        body: 'Later',
        sendAt: SEND_AT,
        scheduleType: 'fixed',
      }),
  },
  {
    name: 'fetch a message',
    status: 200,
    body: { sid: MESSAGE },
    send: (client) => client.messages(MESSAGE).fetch(),
  },
  {
    name: 'list messages with a limit and a date filter',
    status: 200,
    body: page('messages'),
    send: (client) => all(client.messages.list({ to: TO, dateSentAfter: SENT_AFTER, limit: 20 })),
  },
  {
    name: 'delete a message',
    status: 204,
    body: null,
    send: (client) => client.messages(MESSAGE).remove(),
    returns: true,
  },
  {
    name: 'place a call',
    status: 201,
    body: { sid: CALL },
    send: (client) => client.calls.create({ to: TO, from: FROM, url: 'https://demo.twilio.com/docs/voice.xml' }),
  },
  {
    name: 'hang up a call',
    status: 200,
    body: { sid: CALL },
    send: (client) => client.calls(CALL).update({ status: 'completed' }),
  },
  {
    name: 'list incoming phone numbers',
    status: 200,
    body: page('incoming_phone_numbers'),
    send: (client) => all(client.incomingPhoneNumbers.list({ phoneNumber: '+1555', limit: 5 })),
  },
  {
    name: 'start a verification',
    status: 201,
    body: { sid: 'VE0123' },
    send: (client) => client.verify.v2.services(SERVICE).verifications.create({ to: TO, channel: 'sms' }),
  },
  {
    name: 'look up a phone number',
    status: 200,
    body: { phone_number: TO },
    send: (client) => client.lookups.v2.phoneNumbers(TO).fetch({ fields: 'line_type_intelligence' }),
  },
];

const BASIC = `Basic ${Buffer.from(`${SID}:${TOKEN}`).toString('base64')}`;

for (const call of CALLS) {
  test(`the same call sends the same request: ${call.name}`, async () => {
    answer = call;
    seen.length = 0;
    const results = { official: await call.send(clients.official) };
    const official = seen.splice(0);
    results.ours = await call.send(clients.ours);
    const ours = seen.splice(0);
    assert.equal(official.length, 1);
    assert.deepEqual(ours, official);
    assert.equal(official[0].authorization, BASIC);
    if ('returns' in call) assert.deepEqual(results, { official: call.returns, ours: call.returns });
  });
}

test('the recorder tells different requests apart', async () => {
  answer = { status: 201, body: { sid: MESSAGE } };
  seen.length = 0;
  await clients.official.messages.create({ to: TO, from: FROM, body: 'Hello there' });
  await clients.ours.messages.create({ to: TO, from: FROM, body: 'Hello, there' });
  const [first, second] = seen.splice(0);
  assert.notDeepEqual(first.form, second.form);
});

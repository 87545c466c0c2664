// Behaviours beyond S01-S30, against the same WireMock: what the timeout covers, optional request
// bodies (checked with the Twilio api_v2010 SDK, whose form bodies are optional), renamed body
// properties and date-time texts that are not date-times.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { test } from 'node:test';
import { SID, W, bodyText, client, header, journal, sdk } from './wire.mjs';

const twilio = await import(pathToFileURL(join(process.env.TWILIO_API_SDK, 'dist/esm/index.js')).href);
const codecs = await import(pathToFileURL(join(process.env.KITCHEN_SINK_SDK, 'dist/esm/codecs.js')).href);

/** Resets WireMock and adds one stub. */
async function stub(mapping) {
  for (const [method, path, body] of [['POST', '/__admin/reset'], ['POST', '/__admin/mappings', mapping]]) {
    const response = await fetch(W + path, { method, body: body && JSON.stringify(body) });
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status}`);
  }
}

function dribble(path, contentType, body, totalDuration) {
  return {
    request: { method: 'GET', urlPath: path },
    response: {
      status: 200,
      headers: { 'Content-Type': contentType },
      body,
      chunkedDribbleDelay: { numberOfChunks: 4, totalDuration },
    },
  };
}

test('the timeout covers reading the response body', async () => {
  await stub(dribble('/v1/health', 'text/plain', 'ok '.repeat(20), 3000));
  let headersAt;
  const started = Date.now();
  const timed = client({
    timeout: 1000,
    maxRetries: 0,
    fetch: async (url, init) => {
      const response = await fetch(url, init);
      headersAt = Date.now() - started;
      return response;
    },
  });
  await assert.rejects(timed.misc.getHealth(), sdk.APITimeoutError);
  const elapsed = Date.now() - started;
  assert.ok(headersAt < 1000, `headers arrived after ${headersAt} ms`);
  assert.ok(elapsed >= 1000 && elapsed < 2000, `failed after ${elapsed} ms`);
});

test('a body read within the timeout is returned whole', async () => {
  await stub(dribble('/v1/health', 'text/plain', 'ok '.repeat(20), 400));
  assert.equal(await client({ timeout: 2000 }).misc.getHealth(), 'ok '.repeat(20));
});

test('a server-sent event stream may outlast the timeout once its headers arrived', async () => {
  const events = 'data: {"MessageSid":"SM1"}\n\ndata: {"MessageSid":"SM2"}\n\n';
  await stub(dribble('/v1/misc/events', 'text/event-stream', events, 1500));
  const stream = await client({ timeout: 500, maxRetries: 0 }).misc.streamEvents();
  const sids = [];
  for await (const event of stream) sids.push(event.MessageSid);
  assert.deepEqual(sids, ['SM1', 'SM2']);
});

test('an optional form body is left out when none of its fields is given', async () => {
  await stub({
    request: { method: 'POST', urlPath: `/2010-04-01/Accounts/${SID}.json` },
    response: { status: 200, jsonBody: { sid: SID, friendly_name: 'renamed' } },
  });
  const api = new twilio.default({ baseURL: W, username: SID, password: 'token-secret' });
  const account = await api.accounts(SID).update();
  assert.equal(account.sid, SID);
  await api.accounts(SID).update({ friendlyName: 'renamed' });
  const [bare, named] = await journal();
  assert.equal(bodyText(bare), '');
  assert.equal(header(bare, 'Content-Type'), undefined);
  assert.equal(bodyText(named), 'FriendlyName=renamed');
  assert.equal(header(named, 'Content-Type'), 'application/x-www-form-urlencoded');
});


test('a body property renamed because a parameter has its name is sent under its own name', async () => {
  await stub({
    request: { method: 'POST', urlPath: '/v1/calls' },
    response: { status: 201, jsonBody: { id: 7, status: 'queued', to: '+1', from: '+2', created_at: 'now' } },
  });
  // As generated for a body property `to` beside a query parameter `to` (GitHub has such operations).
  const source = {
    id: 'createCallRenamed',
    route: 'POST /calls',
    params: { to: 'q' },
    body: { codec: codecs.CreateCallRequest, fields: { bodyTo: 'to' } },
    codec: codecs.Call,
  };
  const call = await client()._request(source, { to: 'query-value', bodyTo: '+15551230001', from: '+15559870000' });
  assert.equal(call.id, 7n);
  const [request] = await journal();
  assert.equal(request.url, '/v1/calls?to=query-value');
  assert.deepEqual(JSON.parse(bodyText(request)), { to: '+15551230001', from: '+15559870000' });
});

test('a date-time text that is not one reads as absent and stays reachable raw', async () => {
  const reminder = {
    sid: 'RM900',
    remind_at: 'tomorrow',
    date_created: '2024-01-04T10:00:00+01:00',
    note: 'Thu, 24 Aug 2023 05:01:45 +0000',
  };
  await stub({
    request: { method: 'POST', urlPath: `/v1/accounts/${SID}/reminders` },
    response: { status: 201, jsonBody: reminder },
  });
  const read = await client().reminders.create({ AccountSid: SID, RemindAt: 'soon' });
  assert.equal('remind_at' in read, false);
  assert.deepEqual(sdk.mismatched(read), { remind_at: 'tomorrow' });
  // RFC 3339 is read for an RFC 2822 field too; a string property is never read as a date.
  assert.equal(read.date_created.toISOString(), '2024-01-04T09:00:00.000Z');
  assert.equal(read.note, 'Thu, 24 Aug 2023 05:01:45 +0000');
  assert.equal(bodyText((await journal())[0]), 'RemindAt=soon');
});

test('a date-time text without an offset reads as UTC, whatever the local zone', async () => {
  const zone = process.env.TZ;
  process.env.TZ = 'Pacific/Auckland';
  try {
    await stub({
      request: { method: 'POST', urlPath: `/v1/accounts/${SID}/reminders` },
      response: { status: 201, jsonBody: { sid: 'RM901', remind_at: '2024-01-04 10:00:00.5', date_created: null } },
    });
    const read = await client().reminders.create({ AccountSid: SID, RemindAt: 'soon' });
    assert.equal(read.remind_at.toISOString(), '2024-01-04T10:00:00.500Z');
    assert.notEqual(new Date(2024, 0, 4, 10).getTime(), read.remind_at.getTime()); // the zone is not UTC
  } finally {
    if (zone === undefined) delete process.env.TZ;
    else process.env.TZ = zone;
  }
});

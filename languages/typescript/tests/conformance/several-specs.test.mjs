// S62: several specs, one SDK (the SDK of samples/multi-spec): the root client `Example` holds
// accounts.v1 and messaging.v2, made once on first use with the root's settings.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { BASIC, SID, W, bodyText, header, journal, load } from './wire.mjs';

const dist = join(process.env.MULTI_SPEC_SDK, 'dist/esm');
const multi = await import(pathToFileURL(join(dist, 'index.js')).href);

test('S62 one client, two specs: each mount sends to the root base URL plus its server path', async () => {
  await load('S62');
  const sent = [];
  const client = new multi.Example({
    baseURL: W,
    username: SID,
    password: 'token-secret',
    fetch: (url, init) => {
      sent.push(url);
      return fetch(url, init);
    },
  });
  const accounts = client.accounts.v1;
  assert.equal(client.accounts.v1, accounts, 'a mount is made once');
  assert.equal(client.accounts, client.accounts, 'a namespace is made once');
  const account = await accounts.accounts.fetch({ id: 'AC62' });
  const message = await client.messaging.v2.messages.create({ To: '+15551230062', Body: 'Hello from two specs' });

  assert.equal(account.id, 'AC62');
  assert.equal(account.name, 'Main');
  assert.equal(account.status, 'active');
  assert.ok(account.created_at instanceof Date);
  assert.equal(account.created_at.getTime(), Date.parse('2026-01-02T03:04:05Z'));
  assert.equal(message.sid, 'SM62');
  assert.equal(message.status, 'queued');

  const requests = await journal();
  assert.equal(requests.length, 2);
  assert.equal(requests[0].method, 'GET');
  assert.equal(requests[0].url, '/v1/accounts/AC62');
  assert.equal(requests[1].method, 'POST');
  assert.equal(requests[1].url, '/v2/messages');
  assert.equal(bodyText(requests[1]), 'To=%2B15551230062&Body=Hello+from+two+specs');
  for (const request of requests) assert.equal(header(request, 'Authorization'), BASIC);
  // Both mounts go through the root's one fetch.
  assert.deepEqual(sent, [`${W}/v1/accounts/AC62`, `${W}/v2/messages`]);
});

test('S62 each spec keeps its own Status, in its own namespace', async () => {
  assert.notEqual(multi.accountsV1, multi.messagingV2);
  assert.equal(typeof multi.accountsV1.AccountsV1, 'function');
  assert.equal(typeof multi.messagingV2.MessagingV2, 'function');
  const accounts = await readFile(join(dist, 'accounts/v1/models.d.ts'), 'utf8');
  const messaging = await readFile(join(dist, 'messaging/v2/models.d.ts'), 'utf8');
  assert.match(accounts, /export type Status = 'active' \| 'closed'/);
  assert.match(messaging, /export type Status = 'queued' \| 'sent' \| 'delivered'/);
  assert.match(await readFile(join(dist, 'index.d.ts'), 'utf8'), /export \* as accountsV1 from '\.\/accounts\/v1\/index\.js';/);
});

test('S62 the client has messaging v2\'s members: client.messages is client.messaging.v2.messages', async () => {
  await load('S62');
  const client = new multi.Example({ baseURL: W, username: SID, password: 'token-secret' });
  const message = await client.messages.create({ To: '+15551230062', Body: 'Hello from two specs' });
  assert.equal(message.sid, 'SM62');
  assert.equal(client.messages, client.messaging.v2.messages, 'the mount\'s own object');
  const requests = await journal();
  assert.deepEqual(requests.map((request) => `${request.method} ${request.url}`), ['POST /v2/messages']);
  assert.equal(bodyText(requests[0]), 'To=%2B15551230062&Body=Hello+from+two+specs');
  assert.equal(header(requests[0], 'Authorization'), BASIC);
});

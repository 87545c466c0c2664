// The client of a spec that declares its resource tree (the SDK of samples/resource-tree): calling a
// keyed collection binds its key, a child gets its parent's values, a shortcut leaves the account to
// the client (its accountSid option, else the user name), and a method takes no value a resource
// holds. Requests go to an in-memory fetch that records them.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';

const sdk = await import(pathToFileURL(join(process.env.RESOURCE_TREE_SDK, 'dist/esm/index.js')).href);

function recorded(settings = {}, deleteStatus = 204) {
  const sent = [];
  const client = new sdk.Tree({
    baseURL: 'https://tree.test',
    username: 'ACuser',
    password: 'token',
    ...settings,
    fetch: async (url, init) => {
      sent.push(`${init.method} ${new URL(url).pathname}${new URL(url).search}`);
      const empty = init.method === 'DELETE';
      return new Response(empty ? null : '{"sid":"X1","messages":[],"media_list":[]}', {
        status: empty ? deleteStatus : 200,
        headers: empty ? {} : { 'Content-Type': 'application/json' },
      });
    },
  });
  return { client, sent };
}

test('a keyed collection called with a key binds it, and its children get every value bound so far', async () => {
  const { client, sent } = recorded();
  await client.accounts('AC1').fetch();
  await client.accounts('AC1').messages('SM2').fetch();
  await client.accounts('AC1').messages('SM2').media('ME3').delete();
  await client.accounts('AC1').messages('SM2').media.list({ limit: 1 });
  assert.deepEqual(sent, [
    'GET /v1/Accounts/AC1.json',
    'GET /v1/Accounts/AC1/Messages/SM2.json',
    'DELETE /v1/Accounts/AC1/Messages/SM2/Media/ME3.json',
    'GET /v1/Accounts/AC1/Messages/SM2/Media.json',
  ]);
});

test('a delete says whether the server deleted: true for any success but 202 (accepted, not yet done)', async () => {
  assert.equal(await recorded().client.messages('SM1').delete(), true);
  assert.equal(await recorded({}, 202).client.messages('SM1').delete(), false);
  assert.equal(await recorded({}, 200).client.accounts('AC1').messages('SM2').media('ME3').delete(), true);
  await assert.rejects(recorded({}, 404).client.messages('SM1').delete(), (error) => error.status === 404);
});

test('a shortcut leaves the account to the client: its option, else the user name', async () => {
  const { client, sent } = recorded();
  await client.messages.create({ To: '+15551230001' });
  await client.messages('SM9').update({ Body: '' });
  await client.calls.feedbackSummary.create();
  await client.balance.fetch();
  await client.sip.domains.list();
  const chosen = recorded({ accountSid: 'ACother' });
  await chosen.client.messages('SM9').fetch();
  assert.deepEqual(sent, [
    'POST /v1/Accounts/ACuser/Messages.json',
    'POST /v1/Accounts/ACuser/Messages/SM9.json',
    'POST /v1/Accounts/ACuser/Calls/FeedbackSummary.json',
    'GET /v1/Accounts/ACuser/Balance.json',
    'GET /v1/Accounts/ACuser/SIP/Domains.json',
  ]);
  assert.deepEqual(chosen.sent, ['GET /v1/Accounts/ACother/Messages/SM9.json']);
});

test('a value the resource holds wins over a params property of its name, and members are made once', async () => {
  const { client, sent } = recorded();
  await client.accounts('AC1').messages.create({ To: '+1', AccountSid: 'ACelse' });
  assert.deepEqual(sent, ['POST /v1/Accounts/AC1/Messages.json']);
  assert.equal(client.messages, client.messages);
  assert.equal(client.calls.feedbackSummary, client.calls.feedbackSummary);
  assert.equal(typeof client.messages, 'function');
  assert.equal(typeof client.messages.bind, 'function', 'a keyed collection is a plain function');
  assert.ok(client.accounts('AC1') instanceof sdk.AccountContext);
});

test('a resource imported on its own works with the client without resources', async () => {
  const sent = [];
  const base = new sdk.TreeBase({
    baseURL: 'https://tree.test',
    username: 'ACuser',
    password: 'token',
    fetch: async (url, init) => {
      sent.push(`${init.method} ${new URL(url).pathname}`);
      return new Response('{"sid":"SM1"}', { headers: { 'Content-Type': 'application/json' } });
    },
  });
  await sdk.MessageList(base, [undefined])('SM1').fetch();
  await sdk.MessageList(base, ['AC7'])('SM1').fetch();
  assert.deepEqual(sent, ['GET /v1/Accounts/ACuser/Messages/SM1.json', 'GET /v1/Accounts/AC7/Messages/SM1.json']);
});

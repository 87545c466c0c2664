// S63: the resource tree as the client (the SDK of samples/resource-tree) against WireMock. No call
// passes the account SID: a shortcut takes it from the credentials, a called resource binds it.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { BASIC, SID, W, bodyText, header, journal, load } from './wire.mjs';

const tree = await import(pathToFileURL(join(process.env.RESOURCE_TREE_SDK, 'dist/esm/index.js')).href);

test('S63 the resource tree as the client: six calls, the account from the credentials or the tree', async () => {
  await load('S63');
  const client = new tree.Tree({ baseURL: W, username: SID, password: 'token-secret' });

  const message = await client.messages.create({ To: '+15551230063', Body: 'Hello from the tree' });
  const media = await client.accounts('AC63').messages('SM63').media('ME63').fetch();
  const deleted = await client.messages('SM63').delete();
  const summary = await client.calls.feedbackSummary.create();
  const domains = await client.sip.domains.list();
  const balance = await client.balance.fetch();

  assert.equal(message.sid, 'SM63');
  assert.equal(message.account_sid, SID);
  assert.equal(media.sid, 'ME63');
  assert.equal(deleted, true);
  assert.equal(summary.call_count, 3);
  assert.deepEqual(domains.map((domain) => domain.sid), ['SD63']);
  assert.equal(balance.currency, 'USD');

  const account = `/v1/Accounts/${SID}`;
  const requests = await journal();
  assert.deepEqual(
    requests.map((request) => `${request.method} ${request.url}`),
    [
      `POST ${account}/Messages.json`,
      'GET /v1/Accounts/AC63/Messages/SM63/Media/ME63.json',
      `DELETE ${account}/Messages/SM63.json`,
      `POST ${account}/Calls/FeedbackSummary.json`,
      `GET ${account}/SIP/Domains.json`,
      `GET ${account}/Balance.json`,
    ],
  );
  assert.equal(bodyText(requests[0]), 'To=%2B15551230063&Body=Hello+from+the+tree');
  for (const request of requests) assert.equal(header(request, 'Authorization'), BASIC);
});

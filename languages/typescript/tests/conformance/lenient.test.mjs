// S40: a response that breaks its schema still decodes; one that is not JSON is an error.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { BASIC, SID, client, header, journal, load, sdk } from './wire.mjs';

const BROKEN = 'AC00000000000000000000000000000040';

test('S40 a mismatched property reads as absent and stays reachable raw', async () => {
  await load('S40');
  const account = await client().accounts.fetch({ accountSid: SID });
  assert.equal(account.sid, SID);
  assert.equal(account.status, 'active');
  assert.equal(account.type, 'Full');
  assert.ok(account.date_created instanceof Date);
  assert.equal(account.date_created.toISOString(), '2026-01-02T03:04:05.000Z');
  assert.equal(account.balance, '12.50');
  assert.equal('2fa_enabled' in account, false);
  assert.equal('subresource_uris' in account, false);
  assert.equal('friendly_name' in account, false);
  assert.equal(account.friendly_name, undefined);
  assert.equal(account.region, 'eu-west');
  assert.deepEqual(sdk.mismatched(account), {
    '2fa_enabled': 'maybe',
    subresource_uris: [`/v1/accounts/${SID}/messages`],
  });
  assert.deepEqual(Object.keys(account).sort(), [
    'balance',
    'date_created',
    'region',
    'sid',
    'status',
    'type',
  ]);

  await assert.rejects(client().accounts.fetch({ accountSid: BROKEN }), Error);

  const requests = await journal();
  assert.deepEqual(
    requests.map((r) => `${r.method} ${r.url}`),
    [`GET /v1/accounts/${SID}`, `GET /v1/accounts/${BROKEN}`],
  );
  for (const request of requests) assert.equal(header(request, 'Authorization'), BASIC);
});

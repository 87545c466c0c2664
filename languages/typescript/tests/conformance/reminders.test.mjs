// S51: date-times the spec writes as RFC 2822 (Twilio's format). TypeScript's date-times are
// strings, so both directions keep the text exactly as given or received. S53: a path parameter
// the config lets a call leave out takes the client's option for it, else its user name.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { BASIC, SID, W, bodyText, client, header, journal, load, sdk } from './wire.mjs';

test('S51 RFC 2822 date-times are sent and returned as written', async () => {
  await load('S51');
  const reminder = await client().reminders.create({
    AccountSid: SID,
    RemindAt: 'Thu, 24 Aug 2023 05:01:45 +0000',
    NotBefore: 'Thu, 24 Aug 2023 07:01:45 +0200',
    Note: 'call back',
  });
  assert.equal(reminder.sid, 'RM051');
  assert.equal(reminder.remind_at, 'Thu, 24 Aug 2023 05:01:45 +0000');
  assert.equal(reminder.date_created, 'Thu, 4 Jan 2024 10:00:00 GMT');
  const requests = await journal();
  assert.equal(requests.length, 1);
  const [request] = requests;
  assert.equal(request.method, 'POST');
  assert.equal(new URL(request.url, 'http://x').pathname, `/v1/accounts/${SID}/reminders`);
  assert.deepEqual(request.queryParams.NotBefore.values, ['Thu, 24 Aug 2023 07:01:45 +0200']);
  assert.equal(bodyText(request), 'RemindAt=Thu%2C+24+Aug+2023+05%3A01%3A45+%2B0000&Note=call+back');
});

test('S53 AccountSid left out is the user name; without one the call fails before sending', async () => {
  await load('S53');
  const reminder = await client().reminders.create({ RemindAt: 'Thu, 24 Aug 2023 05:01:45 +0000' });
  assert.equal(reminder.sid, 'RM053');
  const requests = await journal();
  assert.equal(requests.length, 1);
  assert.equal(requests[0].url, `/v1/accounts/${SID}/reminders`);
  assert.equal(header(requests[0], 'Authorization'), BASIC);
  assert.equal(bodyText(requests[0]), 'RemindAt=Thu%2C+24+Aug+2023+05%3A01%3A45+%2B0000');
  const saved = process.env.KITCHEN_SINK_USERNAME;
  delete process.env.KITCHEN_SINK_USERNAME;
  try {
    const bearer = new sdk.KitchenSink({ baseURL: `${W}/v1`, token: 'bearer-token' });
    await assert.rejects(bearer.reminders.create({ RemindAt: 'Thu, 24 Aug 2023 05:01:45 +0000' }), (error) => {
      assert.ok(error instanceof sdk.MissingCredentialsError);
      assert.match(error.message, /AccountSid.*KITCHEN_SINK_USERNAME/);
      return true;
    });
  } finally {
    if (saved !== undefined) process.env.KITCHEN_SINK_USERNAME = saved;
  }
  assert.equal((await journal()).length, 1);
});

test('S53 the accountSid option goes before the user name', async () => {
  await load('S53');
  const key = 'SK0123456789abcdef0123456789abcdef';
  const withKey = client({ username: key, password: 'key-secret', accountSid: SID });
  const reminder = await withKey.reminders.create({ RemindAt: 'Thu, 24 Aug 2023 05:01:45 +0000' });
  assert.equal(reminder.sid, 'RM053');
  const requests = await journal();
  assert.equal(requests.length, 1);
  assert.equal(requests[0].url, `/v1/accounts/${SID}/reminders`);
  const basic = `Basic ${Buffer.from(`${key}:key-secret`).toString('base64')}`;
  assert.equal(header(requests[0], 'Authorization'), basic);
});

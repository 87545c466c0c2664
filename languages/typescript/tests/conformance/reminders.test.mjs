// S51: date-times the spec writes as RFC 2822 (Twilio's format): `Date`s sent as RFC 2822 text in
// UTC (a `Date` has no offset of its own) and read back from it, leniently. S53: a path parameter
// the config lets a call leave out takes the client's option for it, else its user name.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { BASIC, SID, W, bodyText, client, header, journal, load, sdk } from './wire.mjs';

test('S51 RFC 2822 date-times are sent from Dates and returned as Dates', async () => {
  await load('S51');
  const reminder = await client().reminders.create({
    AccountSid: SID,
    RemindAt: new Date('2023-08-24T05:01:45Z'),
    NotBefore: new Date('2023-08-24T07:01:45+02:00'),
    Note: 'call back',
  });
  assert.equal(reminder.sid, 'RM051');
  assert.ok(reminder.remind_at instanceof Date);
  assert.equal(reminder.remind_at.toISOString(), '2023-08-24T05:01:45.000Z');
  assert.ok(reminder.date_created instanceof Date);
  assert.equal(reminder.date_created.toISOString(), '2024-01-04T10:00:00.000Z');
  assert.deepEqual(sdk.mismatched(reminder), {});
  const requests = await journal();
  assert.equal(requests.length, 1);
  const [request] = requests;
  assert.equal(request.method, 'POST');
  assert.equal(new URL(request.url, 'http://x').pathname, `/v1/accounts/${SID}/reminders`);
  // The same instant as the +0200 text the other SDKs send, written in UTC.
  assert.deepEqual(request.queryParams.NotBefore.values, ['Thu, 24 Aug 2023 05:01:45 +0000']);
  assert.equal(bodyText(request), 'RemindAt=Thu%2C+24+Aug+2023+05%3A01%3A45+%2B0000&Note=call+back');
});

test('S51 date-times given as strings are sent as written; a nested one is written from a Date', async () => {
  await load('S51');
  await client().reminders.create({
    AccountSid: SID,
    RemindAt: 'Thu, 24 Aug 2023 05:01:45 +0000',
    NotBefore: 'Thu, 24 Aug 2023 07:01:45 +0200',
    Repeat: { Until: new Date(Date.UTC(2023, 8, 1, 8)), EveryHours: 2 },
  });
  const [request] = await journal();
  assert.deepEqual(request.queryParams.NotBefore.values, ['Thu, 24 Aug 2023 07:01:45 +0200']);
  assert.equal(
    bodyText(request),
    'RemindAt=Thu%2C+24+Aug+2023+05%3A01%3A45+%2B0000' +
      '&Repeat%5BUntil%5D=Fri%2C+01+Sep+2023+08%3A00%3A00+%2B0000&Repeat%5BEveryHours%5D=2',
  );
});

test('S51 an invalid Date is refused before sending', async () => {
  await load('S51');
  await assert.rejects(
    client().reminders.create({ AccountSid: SID, RemindAt: new Date('not a date') }),
    sdk.InvalidRequestError,
  );
  assert.equal((await journal()).length, 0);
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

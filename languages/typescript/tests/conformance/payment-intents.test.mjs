// S45-S48: form bodies written as Stripe's are, explicit encodings, idempotency keys and default
// headers from the config, and the API's own error code and message on the error.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { BASIC, bodyText, client, header, journal, load, sdk } from './wire.mjs';

const INTENTS = '/v1/payment_intents';
const VERSION = '2026-11-01';

test('S45 deepObject arrays and objects in a form body, byte-exact', async () => {
  await load('S45');
  const intent = await client().paymentIntents.create({
    amount: 2000,
    currency: 'usd',
    payment_method_types: ['card'],
    expand: ['customer', 'latest_charge'],
    metadata: { order_id: '6735' },
    shipping: { name: 'Jenny Rosen', address: { line1: '1 Main St', city: 'Dublin' } },
  });
  assert.equal(intent.id, 'pi_045');
  const requests = await journal();
  assert.equal(requests.length, 1);
  const [request] = requests;
  assert.equal(request.method, 'POST');
  assert.equal(request.url, INTENTS);
  assert.equal(
    bodyText(request),
    'amount=2000&currency=usd&payment_method_types%5B0%5D=card' +
      '&expand%5B0%5D=customer&expand%5B1%5D=latest_charge&metadata%5Border_id%5D=6735' +
      '&shipping%5Bname%5D=Jenny+Rosen&shipping%5Baddress%5D%5Bline1%5D=1+Main+St' +
      '&shipping%5Baddress%5D%5Bcity%5D=Dublin',
  );
  assert.match(header(request, 'Content-Type'), /^application\/x-www-form-urlencoded/);
  assert.equal(header(request, 'Authorization'), BASIC);
});

test('S46 explicit encodings: form without explode, pipeDelimited, form with explode', async () => {
  await load('S46');
  const intent = await client().paymentIntents.update({
    intent: 'pi_046',
    description: 'Rush order',
    payment_method_types: ['card', 'sepa_debit'],
    labels: ['gift', 'rush'],
    metadata: { order_id: '6735', channel: 'web' },
  });
  assert.equal(intent.status, 'processing');
  const requests = await journal();
  assert.equal(requests.length, 1);
  assert.equal(requests[0].url, `${INTENTS}/pi_046`);
  assert.equal(
    bodyText(requests[0]),
    'description=Rush+order&payment_method_types=card%2Csepa_debit&labels=gift%7Crush&order_id=6735&channel=web',
  );
});

test('S47 an idempotency key from the config on a POST retried after a 503; default headers', async () => {
  await load('S47');
  const intent = await client().paymentIntents.create({ amount: 500, currency: 'eur' });
  assert.equal(intent.id, 'pi_047');
  assert.equal(await client({ defaultHeaders: { 'kitchensink-version': '2027-01-01' } }).misc.getHealth(), 'ok');
  assert.equal(await client().misc.getHealth({ headers: { 'KitchenSink-Version': '2028-01-01' } }), 'ok');
  const [first, second, byClient, byCall, ...rest] = await journal();
  assert.equal(rest.length, 0);
  for (const request of [first, second]) {
    assert.equal(request.url, INTENTS);
    assert.equal(bodyText(request), 'amount=500&currency=eur');
    assert.equal(header(request, 'KitchenSink-Version'), VERSION);
  }
  const key = header(first, 'Idempotency-Key');
  assert.ok(key);
  assert.equal(header(second, 'Idempotency-Key'), key);
  const gap = second.loggedDate - first.loggedDate;
  assert.ok(gap >= 900 && gap < 3000, `retried after ${gap} ms`);
  assert.equal(header(byClient, 'KitchenSink-Version'), '2027-01-01');
  assert.equal(header(byCall, 'KitchenSink-Version'), '2028-01-01');
});

test('S48 typed error fields: the API code and message, wrapped in error or flat', async () => {
  await load('S48');
  await assert.rejects(client().paymentIntents.create({ amount: 100, currency: 'usd' }), (error) => {
    assert.ok(error instanceof sdk.ClientError);
    assert.equal(error.status, 402);
    assert.equal(error.code, 'card_declined');
    assert.equal(error.apiMessage, 'Your card has insufficient funds.');
    assert.match(error.message, /Your card has insufficient funds\..*card_declined/);
    assert.equal(error.body.error.decline_code, 'insufficient_funds');
    assert.equal(error.body.error.param, 'payment_method');
    assert.ok(error.rawBody.startsWith('{"error":{"type":"card_error","code":"card_declined"'));
    return true;
  });
  const missing = 'AC00000000000000000000000000000404';
  await assert.rejects(client().accounts.fetch({ accountSid: missing }), (error) => {
    assert.ok(error instanceof sdk.NotFoundError);
    assert.equal(error.code, 20404);
    assert.equal(error.apiMessage, `The requested resource /v1/accounts/${missing} was not found`);
    assert.match(error.message, /was not found.*20404/);
    return true;
  });
  const requests = await journal();
  assert.deepEqual(
    requests.map((r) => r.url),
    [INTENTS, `/v1/accounts/${missing}`],
  );
});

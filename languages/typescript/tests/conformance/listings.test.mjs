// S41-S44: lists that page the ways real APIs do, found without x-pagination; S59: an item limit.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { BASIC, client, header, journal, load } from './wire.mjs';

async function all(iterable) {
  const items = [];
  for await (const item of iterable) items.push(item);
  return items;
}

/** Each request's query as sorted [name, value] pairs. */
const queries = (requests) =>
  requests.map((r) => [...new URL(r.url, 'http://x').searchParams].sort(([a], [b]) => a.localeCompare(b)));

function assertAuthorized(requests) {
  for (const request of requests) assert.equal(header(request, 'Authorization'), BASIC);
}

test('S41 the Link header names the next page', async () => {
  await load('S41');
  const contacts = await all(client().listings.listContacts({ per_page: 2 }));
  assert.deepEqual(
    contacts.map((c) => c.id),
    ['CT001', 'CT002', 'CT003', 'CT004', 'CT005'],
  );
  const requests = await journal();
  assert.deepEqual(
    requests.map((r) => r.url),
    [
      '/v1/listings/contacts?per_page=2',
      '/v1/listings/contacts?per_page=2&page=2',
      '/v1/listings/contacts?per_page=2&page=3',
    ],
  );
  assertAuthorized(requests);
});

test('S42 has_more with starting_after set to the last id', async () => {
  await load('S42');
  const charges = await all(client().listings.listCharges({ limit: 2 }));
  assert.deepEqual(
    charges.map((c) => c.id),
    ['ch_001', 'ch_002', 'ch_003', 'ch_004', 'ch_005'],
  );
  const requests = await journal();
  assert.deepEqual(queries(requests), [
    [['limit', '2']],
    [['limit', '2'], ['starting_after', 'ch_002']],
    [['limit', '2'], ['starting_after', 'ch_004']],
  ]);
  assertAuthorized(requests);
});

test('S43 the next-token field is sent back as page_token', async () => {
  await load('S43');
  const notes = await all(client().listings.listNotes({ page_size: 2 }));
  assert.deepEqual(
    notes.map((n) => n.id),
    ['NT001', 'NT002', 'NT003', 'NT004', 'NT005'],
  );
  const requests = await journal();
  assert.deepEqual(queries(requests), [
    [['page_size', '2']],
    [['page_size', '2'], ['page_token', 'tok-2']],
    [['page_size', '2'], ['page_token', 'tok-3']],
  ]);
  assertAuthorized(requests);
});

test('S44 page numbers stop on a short page', async () => {
  await load('S44');
  const tags = await all(client().listings.listTags({ per_page: 2 }));
  assert.deepEqual(
    tags.map((t) => t.id),
    ['TG001', 'TG002', 'TG003', 'TG004', 'TG005'],
  );
  const requests = await journal();
  assert.deepEqual(queries(requests), [
    [['per_page', '2']],
    [['page', '2'], ['per_page', '2']],
    [['page', '3'], ['per_page', '2']],
  ]);
  assertAuthorized(requests);
});

test('S59 an item limit stops fetching pages once it is reached', async () => {
  await load('S59');
  const five = await all(client().listings.listCharges({ limit: 2, maxItems: 5 }));
  assert.deepEqual(
    five.map((c) => c.id),
    ['ch_001', 'ch_002', 'ch_003', 'ch_004', 'ch_005'],
  );
  assert.equal((await journal()).length, 3);
  await load('S59');
  const four = await all(client().listings.listCharges({ limit: 2, maxItems: 4 }));
  assert.deepEqual(
    four.map((c) => c.id),
    ['ch_001', 'ch_002', 'ch_003', 'ch_004'],
  );
  const requests = await journal();
  assert.deepEqual(queries(requests), [
    [['limit', '2']],
    [['limit', '2'], ['starting_after', 'ch_002']],
  ]);
  assertAuthorized(requests);
});

test('S59 an item limit sets the page size when the call does not', async () => {
  await load('S59');
  const three = await all(client().listings.listCharges({ maxItems: 3 }));
  assert.deepEqual(
    three.map((c) => c.id),
    ['ch_001', 'ch_002', 'ch_003'],
  );
  assert.deepEqual(queries(await journal()), [
    [['limit', '3']],
    [['limit', '3'], ['starting_after', 'ch_002']],
  ]);
  await load('S59');
  const all6 = await all(client().listings.listCharges({ maxItems: 500 }));
  assert.equal(all6.length, 6);
  assert.deepEqual(
    queries(await journal()).map((q) => q.find(([name]) => name === 'limit')),
    [
      ['limit', '100'],
      ['limit', '100'],
      ['limit', '100'],
    ],
  );
});

test('S59 an item limit must be a positive integer', async () => {
  await load('S59');
  for (const bad of [0, -1, 2.5, '5', Number.NaN]) {
    assert.throws(
      () => client().listings.listCharges({ maxItems: bad }),
      (error) => error instanceof TypeError && /maxItems must be a positive integer/.test(error.message),
    );
  }
  assert.deepEqual(await journal(), []);
});

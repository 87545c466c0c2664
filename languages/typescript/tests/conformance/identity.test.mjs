// S50: the User-Agent names this SDK, its version and the JavaScript runtime.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { client, header, journal, load } from './wire.mjs';

test('S50 the User-Agent names this SDK, its version and node', async () => {
  await load('S50');
  assert.equal(await client().misc.getHealth(), 'ok');
  const [request, ...rest] = await journal();
  assert.equal(rest.length, 0);
  assert.equal(header(request, 'User-Agent'), `@kitchen-sink/sdk/1.0.0 node/${process.versions.node}`);
});

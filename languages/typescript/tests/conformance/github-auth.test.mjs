// The SDK of conformance/github/openapi.json (GITHUB_REPOS_SDK) with conformance/github/switchboard.yaml:
// GitHub's spec declares no security scheme, and the config's `auth:` makes every call send the
// bearer token read from GITHUB_TOKEN, to a server on 127.0.0.1.
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { afterEach, beforeEach, test } from 'node:test';
import { pathToFileURL } from 'node:url';

const github = await import(pathToFileURL(join(process.env.GITHUB_REPOS_SDK, 'dist/esm/index.js')).href);

let server;
let baseURL;
let seen;
const saved = process.env.GITHUB_TOKEN;

beforeEach(async () => {
  seen = [];
  server = createServer((request, response) => {
    seen.push(request.headers);
    response.writeHead(200, { 'Content-Type': 'application/json' });
    response.end('{"id": 1}');
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseURL = `http://127.0.0.1:${server.address().port}`;
});

afterEach(async () => {
  if (saved === undefined) delete process.env.GITHUB_TOKEN;
  else process.env.GITHUB_TOKEN = saved;
  await new Promise((resolve) => server.close(resolve));
});

test('the token comes from GITHUB_TOKEN', async () => {
  process.env.GITHUB_TOKEN = 'ghp_from_the_environment';
  await new github.Github({ baseURL }).repos.get({ owner: 'octocat', repo: 'Hello-World' });
  assert.deepEqual(seen.map((h) => h.authorization), ['Bearer ghp_from_the_environment']);
  assert.deepEqual(seen.map((h) => h['x-github-api-version']), ['2022-11-28']);
});

test('a token given wins over the environment', async () => {
  process.env.GITHUB_TOKEN = 'ghp_from_the_environment';
  await new github.Github({ baseURL, token: 'ghp_given' }).repos.get({ owner: 'octocat', repo: 'Hello-World' });
  assert.deepEqual(seen.map((h) => h.authorization), ['Bearer ghp_given']);
});

test('a missing token names the variable and sends nothing', async () => {
  delete process.env.GITHUB_TOKEN;
  await assert.rejects(
    new github.Github({ baseURL }).repos.get({ owner: 'octocat', repo: 'Hello-World' }),
    // The operation is named by its id, which the table leaves to the resource's id prefix.
    (error) => error instanceof github.MissingCredentialsError && error.message.startsWith('repos/get needs')
      && error.message.includes('GITHUB_TOKEN'),
  );
  assert.deepEqual(seen, []);
});

test('the User-Agent names this SDK, its version and node', async () => {
  await new github.Github({ baseURL, token: 't' }).repos.get({ owner: 'octocat', repo: 'Hello-World' });
  assert.equal(seen[0]['user-agent'], `@github-repos/sdk/0.1.0 node/${process.versions.node}`);
});

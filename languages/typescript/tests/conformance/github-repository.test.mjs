// GitHub's own example response for GET /repos/{owner}/{repo} decodes with the SDK of
// conformance/github/openapi.json (GITHUB_REPOS_SDK): the example lacks the required `language`,
// and the copy under conformance/github/ carries `topics` as a string instead of an array.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';

const github = await import(pathToFileURL(join(process.env.GITHUB_REPOS_SDK, 'dist/esm/index.js')).href);
const example = readFileSync(join(process.env.SWITCHBOARD_CONFORMANCE_DIR, 'github/full-repository.json'), 'utf8');

/** Fetches the repository from an in-memory server that answers `body`. */
async function fetchRepository(body) {
  const seen = [];
  const fetch = async (url, init) => {
    seen.push(`${init.method} ${url}`);
    return new Response(body, { status: 200, headers: { 'Content-Type': 'application/json' } });
  };
  const client = new github.Github({ baseURL: 'https://api.test', token: 'test-token', fetch });
  const repo = await client.repos.get({ owner: 'octocat', repo: 'Hello-World' });
  return { repo, seen };
}

test('the example decodes with the present fields typed', async () => {
  const { repo, seen } = await fetchRepository(example);
  assert.deepEqual(seen, ['GET https://api.test/repos/octocat/Hello-World']);
  assert.equal(repo.id, 1296269);
  assert.equal(repo.name, 'Hello-World');
  assert.equal(repo.full_name, 'octocat/Hello-World');
  assert.equal(repo.private, false);
  assert.equal(repo.owner.login, 'octocat');
  assert.equal(repo.owner.site_admin, false);
  assert.ok(repo.created_at instanceof Date);
  assert.equal(repo.created_at.toISOString(), '2011-01-26T19:01:12.000Z');
  assert.equal(repo.license.spdx_id, 'MIT');
  assert.equal(repo.permissions.pull, true);
  assert.equal(repo.forks_count, 9);
  assert.equal(repo.template_repository.name, 'Hello-World-Template');
  assert.equal(JSON.parse(JSON.stringify(repo)).full_name, 'octocat/Hello-World');
});

test('the mismatched field reads as absent and stays reachable raw', async () => {
  const { repo } = await fetchRepository(example);
  assert.equal('topics' in repo, false);
  assert.deepEqual(github.mismatched(repo), { topics: 'octocat,atom,electron,api' });
  assert.deepEqual(github.mismatched(repo.owner), {});
});

test('the missing required field is not there', async () => {
  const { repo } = await fetchRepository(example);
  assert.equal('language' in repo, false);
  assert.equal(repo.language, undefined);
  assert.equal('language' in github.mismatched(repo), false);
});

test('a nested object with a mismatched field keeps the rest of it', async () => {
  const body = JSON.parse(example);
  body.owner.login = 42;
  delete body.name;
  const { repo } = await fetchRepository(JSON.stringify(body));
  assert.equal('name' in repo, false);
  assert.equal(repo.owner.id, 1);
  assert.equal('login' in repo.owner, false);
  assert.deepEqual(github.mismatched(repo.owner), { login: 42 });
});

test('a body that is not JSON is an error', async () => {
  await assert.rejects(fetchRepository(example.slice(0, 200)), Error);
});

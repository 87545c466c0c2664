// A program written as GitHub's docs and octokit read a repository: wire names, ids as numbers.
import { Github } from './index.js';

/** Fetches the repository from a server answering `body`; returns what differs from GitHub's docs. */
export async function readRepository(body: string): Promise<string[]> {
  const fetch = async (): Promise<Response> =>
    new Response(body, { status: 200, headers: { 'Content-Type': 'application/json' } });
  const client = new Github({ baseURL: 'https://api.test', fetch, token: 'ghp_example' });
  const repo = await client.repos.get({ owner: 'octocat', repo: 'Hello-World' });
  const failures: string[] = [];
  if (repo.full_name !== 'octocat/Hello-World') failures.push(`full_name is ${repo.full_name}`);
  if (repo.id !== 1296269) failures.push(`id is ${String(repo.id)}`);
  if (repo.owner.site_admin !== false) failures.push(`owner.site_admin is ${String(repo.owner.site_admin)}`);
  const copy = JSON.parse(JSON.stringify(repo)) as { id?: unknown };
  if (copy.id !== 1296269) failures.push(`JSON.stringify(repo) gives id ${String(copy.id)}`);
  return failures;
}

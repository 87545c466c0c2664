import { SDKError } from './errors.js';

/**
 * How a client's region and edge move requests to other hosts (the API's `regions` settings):
 * `hosts` are exact host names or `*.DOMAIN` (one label in front of DOMAIN); `rewrite`'s labels
 * `{host}` (the host's first label), `{edge}` and `{region}` are filled in and a label left unset
 * is dropped. With an edge and no region, the region is `defaultRegion`.
 */
export interface HostRewriteSpec {
  readonly hosts: readonly string[];
  readonly rewrite: string;
  readonly defaultRegion?: string;
  /** The client options that set the region and the edge. */
  readonly regionOption: string;
  readonly edgeOption: string;
  /** The environment variables read when the options are not given. */
  readonly regionEnv: string;
  readonly edgeEnv: string;
}

/** A rewrite with the client's region and edge chosen. */
export interface HostRewrite {
  readonly spec: HostRewriteSpec;
  readonly region: string | undefined;
  readonly edge: string | undefined;
}

const LABEL = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/;

/**
 * `value` when it is one DNS label, else an error naming `source` (the option or the environment
 * variable). The value becomes part of the request's host: `evil.test#`, `a/b` or `user@host` would
 * move the request, credentials included, to another origin, so it is refused before any request.
 */
export function hostLabel(value: unknown, source: string): string {
  if (typeof value !== 'string' || !LABEL.test(value)) {
    throw new SDKError(
      `${source} ${JSON.stringify(value)} is not a valid host label: a region or an edge is one DNS label: ` +
        "1-63 letters, digits or '-', not starting or ending with '-'.",
    );
  }
  return value;
}

/** The host to send to instead of `host`. */
export function rewriteHost(rewrite: HostRewrite, host: string): string {
  const { spec, region, edge } = rewrite;
  if (
    (region === undefined && edge === undefined) ||
    !spec.hosts.some((p) => hostMatches(p, host.toLowerCase()))
  ) {
    return host;
  }
  const values: Record<string, string | undefined> = {
    '{host}': host.split('.')[0],
    '{edge}': edge,
    '{region}': region ?? (edge === undefined ? undefined : spec.defaultRegion),
  };
  return spec.rewrite
    .split('.')
    .map((label) => (label in values ? values[label] : label))
    .filter((label): label is string => label !== undefined && label !== '')
    .join('.');
}

/** `url` with its host rewritten; port, path and query kept. */
export function rewriteURL(rewrite: HostRewrite | undefined, url: string): string {
  if (rewrite === undefined) return url;
  const parsed = new URL(url);
  const host = rewriteHost(rewrite, parsed.hostname);
  if (host === parsed.hostname) return url;
  parsed.hostname = host;
  return parsed.toString();
}

function hostMatches(pattern: string, host: string): boolean {
  const lower = pattern.toLowerCase();
  if (!lower.startsWith('*.')) return host === lower;
  const dot = host.indexOf('.');
  return dot > 0 && host.slice(dot + 1) === lower.slice(2);
}

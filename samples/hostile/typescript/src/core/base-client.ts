import { APIPromise } from './api-promise.js';
import { Attempt, buffered } from './attempt.js';
import { Credentials, basic, type AuthTarget, type SecuritySchemeSpec } from './auth.js';
import {
  checkHeader,
  checkedHeaders,
  encodeBody,
  encodeHeader,
  encodePath,
  encodeQuery,
  encodeQueryPart,
} from './encoding.js';
import { readEnv, runtimeToken } from './env.js';
import { hostLabel, rewriteURL, type HostRewrite, type HostRewriteSpec } from './hosts.js';
import {
  APIDecodeError,
  APIError,
  APIUserAbortError,
  ForeignLinkError,
  MissingCredentialsError,
  SDKError,
  TooManyRedirectsError,
  retryAfterSeconds,
} from './errors.js';
import { parseJson } from './json.js';
import { MASK, RequestLog, type Logger, type RedactionSpec } from './logging.js';
import { compileOperation, type OperationSource, type OperationSpec, type ParamSpec } from './operation.js';
import { Page, PagePromise, type NextPage } from './pagination.js';
import { Stream } from './streaming.js';

/** A `fetch` function: the platform's, or one you supply to observe or route requests. */
export type Fetch = (url: string, init: RequestInit) => Promise<Response>;

/** Settings every client accepts. */
export interface BaseClientOptions {
  /** Overrides the server URL of every operation, e.g. to use a proxy or a mock. */
  baseURL?: string | undefined;
  /**
   * Milliseconds one attempt may take, from sending the request to reading the whole response
   * body; for server-sent events and binary downloads, until the response headers. Default 60 000.
   */
  timeout?: number | undefined;
  /** Retries after a connection error, 408, 429 or 5xx. Default 2. */
  maxRetries?: number | undefined;
  /** Headers sent with every request. */
  defaultHeaders?: Record<string, string> | undefined;
  /** The `fetch` to use instead of the platform's. */
  fetch?: Fetch | undefined;
  /**
   * Follow next-page links to another origin than the API's, without credentials. By default
   * such a link fails with `ForeignLinkError` and nothing is sent there.
   */
  followForeignLinks?: boolean | undefined;
  /**
   * Where to write a debug log of every request: method, URL, headers (credentials as `***`),
   * status, elapsed time and retries; never bodies. Any object with a `debug(message, fields)`
   * method, such as `console`. No log without it.
   */
  logger?: Logger | undefined;
}

/** Settings for one call, overriding the client's. */
export interface RequestOptions {
  /** Milliseconds for each attempt of this call, as the client's `timeout`. */
  timeout?: number;
  maxRetries?: number;
  headers?: Record<string, string>;
  signal?: AbortSignal;
  /** Sent as `Idempotency-Key`, which also makes a POST safe to retry. */
  idempotencyKey?: string;
  baseURL?: string;
}

/** A server URL template and, per variable, the client option that sets it. */
export interface ServerSpec {
  readonly url: string;
  readonly variables?: Readonly<Record<string, { readonly option: string; readonly default: string }>>;
}

/** What a generated client tells its base class about the API. */
export interface ClientConfig {
  readonly server?: ServerSpec;
  readonly security: Readonly<Record<string, SecuritySchemeSpec>>;
  /** The environment variable that overrides the base URL. */
  readonly baseURLEnv: string;
  /** This SDK's product token (`name/version`), sent first in the User-Agent. */
  readonly userAgent: string;
  /** Headers the API sends on every request (a pinned version); the client's `defaultHeaders` replace them. */
  readonly defaultHeaders?: Readonly<Record<string, string>>;
  /** The hosts a region and an edge move requests to, when the API has them. */
  readonly hosts?: HostRewriteSpec;
  /** Client options (by path parameter wire name) whose value a call that leaves the parameter out takes. */
  readonly pathOptions?: Readonly<Record<string, string>>;
  /** The credential headers and query parameters, and the personal path parameters, the debug log masks. */
  readonly redaction?: RedactionSpec;
}

interface PageOverride {
  /** A next-page link, as found in the page fetched from `from`. */
  url?: string;
  from?: string;
  query?: Record<string, string>;
}

/** Where a request went last (after redirects); filled in while it is sent. */
interface Sent {
  url: string;
}

/** Redirects followed for one request before `TooManyRedirectsError`. */
export const MAX_REDIRECTS = 10;
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
/** The one success a delete answers without having deleted: queued, not yet done. */
const ACCEPTED = 202;

const IDEMPOTENT_METHODS = new Set(['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE', 'TRACE']);
const INITIAL_RETRY_DELAY = 0.5;
const MAX_RETRY_DELAY = 8;
const MAX_RETRY_AFTER = 60;

/** The HTTP engine behind every generated client: URLs, auth, encoding, retries and errors. */
export class BaseClient {
  /** The server URL operations are sent to, unless they have their own. */
  readonly baseURL: string;
  readonly timeout: number;
  readonly maxRetries: number;
  readonly #baseURLOverridden: boolean;
  readonly #defaultHeaders: Record<string, string>;
  readonly #fetch: Fetch | undefined;
  readonly #credentials: Credentials;
  readonly #apiServer: string;
  readonly #followForeignLinks: boolean;
  readonly #tokens = new Map<string, { token: string; expires: number }>();
  readonly #hosts: HostRewrite | undefined;
  readonly #pathValues: Readonly<Record<string, string>>;
  readonly #log: RequestLog;

  constructor(options: BaseClientOptions, config: ClientConfig) {
    const override = options.baseURL ?? readEnv(config.baseURLEnv);
    this.#baseURLOverridden = override !== undefined;
    this.#apiServer = serverURL(config.server, options);
    this.baseURL = override ?? this.#apiServer;
    this.#followForeignLinks = options.followForeignLinks === true;
    this.timeout = options.timeout ?? 60_000;
    this.maxRetries = options.maxRetries ?? 2;
    const headers = checkedHeaders(mergeHeaders(config.defaultHeaders, options.defaultHeaders));
    const ownAgent = Object.keys(headers).some((name) => name.toLowerCase() === 'user-agent');
    this.#defaultHeaders = ownAgent
      ? headers
      : { 'User-Agent': `${config.userAgent} ${runtimeToken()}`, ...headers };
    this.#fetch = options.fetch;
    this.#credentials = new Credentials(config.security, options as Record<string, unknown>);
    this.#hosts = config.hosts === undefined ? undefined : chosenHosts(config.hosts, options);
    this.#pathValues = pathValues(config.pathOptions, options);
    const redaction = config.redaction ?? { headers: [], query: [] };
    this.#log = new RequestLog(options.logger, redaction, this.#credentials.secretNames());
  }

  /** Calls an operation and reads its result; used by the resources. */
  _request<T>(
    source: OperationSource,
    params: object | undefined,
    options: RequestOptions = {},
  ): APIPromise<T> {
    const operation = compileOperation(source);
    const response = this.#execute(operation, params, options, {});
    return new APIPromise<T>(response, (r) => this.#parse(operation, r) as Promise<T>);
  }

  /** Calls a list operation; the result is a page that can fetch the pages after it. */
  _paginate<T>(
    source: OperationSource,
    params: object | undefined,
    options: RequestOptions = {},
    override: PageOverride = {},
  ): PagePromise<T> {
    const operation = compileOperation(source);
    const limit = itemLimit(operation, params);
    params = withPageSize(operation, params, limit);
    const sent: Sent = { url: '' };
    const response = this.#execute(operation, params, options, override, sent);
    return new PagePromise<T>(response, async (r) => {
      const raw = await readJson(r);
      const body = operation.response.codec?.decode(raw) ?? raw;
      const spec = operation.pagination;
      const found = spec === undefined ? undefined : lookup(raw, spec.items);
      const rawItems: unknown[] = Array.isArray(found) ? found : [];
      const items = rawItems.map((item) => spec?.item.decode(item) as T);
      const next = this.#nextPage<T>(source, operation, params, options, override, {
        raw,
        items: rawItems,
        headers: r.headers,
        url: sent.url,
      });
      return new Page<T>(items, body, r, next, limit);
    });
  }

  #nextPage<T>(
    source: OperationSource,
    operation: OperationSpec,
    params: object | undefined,
    options: RequestOptions,
    current: PageOverride,
    page: FetchedPage,
  ): NextPage<T> | undefined {
    const spec = operation.pagination;
    if (spec === undefined) return undefined;
    const follow = (override: PageOverride) => () => this._paginate<T>(source, params, options, override);
    const count = page.items.length;
    const holder = spec.lastItem === true ? page.items[count - 1] : page.raw;
    const next = spec.next === undefined ? undefined : lookup(holder, spec.next);
    switch (spec.style) {
      case 'nextUrl':
        return typeof next === 'string' && next !== '' ? follow({ url: next, from: page.url }) : undefined;
      case 'linkHeader': {
        const link = nextLink(page.headers.get('link'));
        return link === undefined ? undefined : follow({ url: link, from: page.url });
      }
      case 'cursor': {
        const more = spec.hasMore === undefined ? true : lookup(page.raw, spec.hasMore);
        if (more === false || next === undefined || next === null || next === '') return undefined;
        return follow({
          query: { ...current.query, [spec.param ?? 'cursor']: String(next) },
        });
      }
      case 'offset': {
        const param = spec.param ?? 'offset';
        const limit = Number(queryValue(operation, params, current, spec.limit));
        if (count === 0 || (Number.isFinite(limit) && limit > 0 && count < limit)) return undefined;
        const given = queryValue(operation, params, current, param);
        const offset = spec.pages === true ? Number(given ?? 1) + 1 : Number(given ?? 0) + count;
        return follow({ query: { ...current.query, [param]: String(offset) } });
      }
    }
  }

  async #execute(
    operation: OperationSpec,
    params: object | undefined,
    options: RequestOptions,
    override: PageOverride,
    sent: Sent = { url: '' },
  ): Promise<Response> {
    const values = (params ?? {}) as Record<string, unknown>;
    if (override.url === undefined) requireOneOf(operation, values);
    const target: AuthTarget = {
      headers: new Headers(this.#defaultHeaders),
      query: [],
      cookies: [],
    };
    applyParams(operation, values, target, override);
    const link =
      override.url === undefined ? undefined : this.#link(operation, override.url, override.from, options);
    if (link?.foreign === true) {
      for (const name of this.#credentials.secretNames().headers) target.headers.delete(name);
    } else {
      await this.#credentials.apply(operation.id, operation.security ?? [], target, (...args) =>
        this.#oauthToken(...args),
      );
    }
    const url =
      link === undefined
        ? this.#url(operation, values, options, target, false)
        : appendQuery(rewriteURL(this.#hosts, link.url), target.query);
    // The URL as the log shows it: personal path parameters masked; the request is sent with them.
    const shown = link === undefined ? this.#url(operation, values, options, target, true) : url;
    const init: RequestInit = {
      method: override.url === undefined ? operation.method : 'GET',
    };
    let replayable = true;
    const body = override.url === undefined ? bodyValue(operation, values) : undefined;
    if (operation.body !== undefined && body !== undefined) {
      const encoded = await encodeBody(operation.body, body);
      init.body = encoded.body;
      replayable = encoded.replayable;
      if (encoded.contentType !== undefined) target.headers.set('Content-Type', encoded.contentType);
      if (!replayable) (init as { duplex?: string }).duplex = 'half';
    }
    if (operation.response.mediaType !== undefined && !target.headers.has('Accept')) {
      target.headers.set('Accept', operation.response.mediaType);
    }
    if (options.idempotencyKey !== undefined) {
      target.headers.set('Idempotency-Key', checkHeader('Idempotency-Key', options.idempotencyKey));
    }
    const key = operation.idempotencyHeader;
    if (key !== undefined && !target.headers.has(key)) target.headers.set(key, idempotencyKey());
    for (const [name, value] of Object.entries(options.headers ?? {})) {
      target.headers.set(name, checkHeader(name, value));
    }
    if (target.cookies.length > 0) target.headers.set('Cookie', target.cookies.join('; '));
    init.headers = target.headers;
    const retryable =
      replayable &&
      (IDEMPOTENT_METHODS.has(String(init.method)) ||
        target.headers.has('Idempotency-Key') ||
        (key !== undefined && target.headers.has(key)));
    sent.url = url;
    return this.#send(operation, { url, shown }, init, options, retryable, sent);
  }

  /**
   * Where a next-page link leads. A link on the page's own origin is followed as is; a link on
   * the API's server (as the API describes it) is moved onto the base URL: origin replaced, the
   * server's path prefix replaced by the base URL's. Any other origin is refused unless the
   * client follows foreign links, and then it gets no credentials. A link that is an absolute path
   * (`/2010-04-01/...`) is a path on the API's server, so it is moved onto the base URL too.
   */
  #link(
    operation: OperationSpec,
    link: string,
    from: string | undefined,
    options: RequestOptions,
  ): { url: string; foreign: boolean } {
    const base = options.baseURL ?? this.#serverFor(operation);
    const api = new URL(operation.servers?.[0] ?? this.#apiServer);
    if (isAbsolutePath(link)) return { url: rebase(new URL(link, api), api, base), foreign: false };
    const page = new URL(from === undefined || from === '' ? base : from);
    const target = new URL(link, page);
    if (originOf(target) === originOf(page)) return { url: target.toString(), foreign: false };
    if (originOf(target) === originOf(api)) return { url: rebase(target, api, base), foreign: false };
    if (this.#followForeignLinks) return { url: target.toString(), foreign: true };
    throw new ForeignLinkError(link);
  }

  #url(
    operation: OperationSpec,
    values: Record<string, unknown>,
    options: RequestOptions,
    target: AuthTarget,
    masked: boolean,
  ): string {
    const base = options.baseURL ?? this.#serverFor(operation);
    const path = operation.path.replace(/\{([^}]+)\}/g, (_, wire: string) => {
      if (masked && this.#log.masksPath.has(wire)) return MASK;
      const spec = operation.params?.find((p) => p.in === 'path' && p.wire === wire);
      const value = spec === undefined ? '' : paramValue(spec, values[spec.name]);
      return encodePath(
        value === undefined ? this.#pathDefault(operation, wire) : value,
        `path parameter '${wire}'`,
      );
    });
    return appendQuery(rewriteURL(this.#hosts, base.replace(/\/+$/, '') + path), target.query);
  }

  /**
   * A path parameter the call left out: the client's option for it, else the user name of the
   * scheme the operation names for it.
   */
  #pathDefault(operation: OperationSpec, wire: string): unknown {
    const from = operation.pathDefaults?.[wire];
    if (from === undefined) return undefined;
    const username = this.#pathValues[wire] ?? this.#credentials.username(from.scheme);
    if (username === undefined) {
      throw new MissingCredentialsError(
        `${wire} was not given and there is no user name to take it from: pass it, or set ${from.env}`,
      );
    }
    return username;
  }

  #serverFor(operation: OperationSpec): string {
    const own = operation.servers?.[0];
    return own !== undefined && !this.#baseURLOverridden ? own : this.baseURL;
  }

  async #send(
    operation: OperationSpec,
    request: { url: string; shown: string },
    init: RequestInit,
    options: RequestOptions,
    retryable: boolean,
    sent: Sent,
  ): Promise<Response> {
    const maxRetries = options.maxRetries ?? this.maxRetries;
    const streamed = operation.response.kind === 'events' || operation.response.kind === 'binary';
    let url = request.url;
    const first = { url, headers: new Headers(init.headers) };
    // A redirect's URL is the server's, logged as it is.
    const shown = (current: string) => (current === request.url ? request.shown : current);
    let hops = 0;
    init = { ...init, redirect: 'manual' };
    for (let attempt = 0; ;) {
      const canRetry = retryable && attempt < maxRetries;
      const method = String(init.method ?? 'GET');
      let response: Response;
      const started = this.#log.sending(method, shown(url), init.headers, attempt);
      try {
        response = await this.#fetchOnce(url, init, options, streamed);
      } catch (error) {
        this.#log.failed(method, shown(url), error, started);
        if (!canRetry || error instanceof APIUserAbortError) throw error;
        const delay = backoff(attempt++);
        this.#log.retrying(method, shown(url), 'a connection failure', delay);
        await sleep(delay, options.signal);
        continue;
      }
      this.#log.received(method, shown(url), response.status, started);
      if (response.ok) return response;
      const location = response.headers.get('location');
      if (REDIRECT_STATUSES.has(response.status) && location !== null) {
        if (hops++ >= MAX_REDIRECTS)
          throw new TooManyRedirectsError(response.status, location, MAX_REDIRECTS);
        ({ url, init } = this.#redirected(url, init, response.status, location, first));
        sent.url = url;
        continue;
      }
      if (response.type === 'opaqueredirect') {
        throw new SDKError('This fetch cannot show redirects; credentials are never sent after one.');
      }
      if (canRetry && shouldRetry(response.status)) {
        const delay = retryDelay(response.headers, attempt++);
        this.#log.retrying(method, shown(url), `status ${response.status}`, delay);
        await sleep(delay, options.signal);
        continue;
      }
      throw await errorFor(operation, response);
    }
  }

  /**
   * The request a redirect asks for. Credentials go only to the origin of the first request;
   * 303 (and 301/302 after a POST) become a GET without body, as browsers do.
   */
  #redirected(
    url: string,
    init: RequestInit,
    status: number,
    location: string,
    first: { url: string; headers: Headers },
  ): { url: string; init: RequestInit } {
    const target = new URL(location, url);
    const headers = new Headers(init.headers);
    const method = String(init.method ?? 'GET');
    const next: RequestInit = { ...init, headers };
    if ((status === 303 && method !== 'HEAD') || ((status === 301 || status === 302) && method === 'POST')) {
      next.method = 'GET';
      delete next.body;
      headers.delete('content-type');
      headers.delete('content-length');
    }
    const secret = this.#credentials.secretNames();
    for (const name of secret.headers) headers.delete(name);
    if (originOf(target) === originOf(new URL(first.url))) {
      first.headers.forEach((value, name) => {
        if (secret.headers.has(name)) headers.set(name, value);
      });
    } else {
      for (const name of secret.query) if (target.searchParams.has(name)) target.searchParams.delete(name);
    }
    return { url: target.toString(), init: next };
  }

  /**
   * Sends the request once. The timeout covers the response and reading its body; a successful
   * streamed response (events, downloads) is handed over as soon as its headers arrive.
   */
  async #fetchOnce(
    url: string,
    init: RequestInit,
    options: RequestOptions,
    streamed: boolean,
  ): Promise<Response> {
    const fetch = this.#fetch ?? globalThis.fetch?.bind(globalThis);
    if (fetch === undefined) {
      throw new SDKError('No fetch function: pass `fetch` in the client options.');
    }
    const attempt = new Attempt(options.timeout ?? this.timeout, options.signal);
    let streaming = false;
    try {
      const response = await attempt.run(() => fetch(url, { ...init, signal: attempt.signal }));
      streaming = streamed && response.ok;
      return streaming ? response : await attempt.run(() => buffered(response));
    } finally {
      if (streaming) attempt.stopClock();
      else attempt.end();
    }
  }

  async #parse(operation: OperationSpec, response: Response): Promise<unknown> {
    const spec = operation.response;
    switch (spec.kind) {
      case 'json': {
        const raw = await readJson(response);
        return spec.codec === undefined ? raw : spec.codec.decode(raw);
      }
      case 'text':
        return response.text();
      case 'binary':
        return response;
      case 'events':
        return new Stream(response, spec.codec);
      case 'empty':
        await response.body?.cancel().catch(() => undefined);
        return undefined;
      case 'deleted':
        await response.body?.cancel().catch(() => undefined);
        return response.status !== ACCEPTED;
    }
  }

  async #oauthToken(
    tokenUrl: string,
    clientId: string,
    clientSecret: string,
    scopes: readonly string[],
  ): Promise<string> {
    const cached = this.#tokens.get(tokenUrl);
    if (cached !== undefined && cached.expires > Date.now()) return cached.token;
    const form = new URLSearchParams({ grant_type: 'client_credentials' });
    if (scopes.length > 0) form.set('scope', scopes.join(' '));
    const url = new URL(tokenUrl, this.baseURL).toString();
    const init: RequestInit = {
      method: 'POST',
      headers: {
        Authorization: basic(clientId, clientSecret),
        'Content-Type': 'application/x-www-form-urlencoded',
        Accept: 'application/json',
      },
      body: form.toString(),
    };
    const response = await this.#fetchOnce(url, init, {}, false);
    if (!response.ok)
      throw await errorFor({ id: 'token', method: 'POST', path: '', response: { kind: 'json' } }, response);
    const body = (await readJson(response)) as {
      access_token?: unknown;
      expires_in?: unknown;
    };
    const token = String(body.access_token ?? '');
    const seconds = Number(body.expires_in ?? 3600);
    this.#tokens.set(tokenUrl, {
      token,
      expires: Date.now() + (seconds - 30) * 1000,
    });
    return token;
  }
}

function serverURL(server: ServerSpec | undefined, options: object): string {
  if (server === undefined) return 'http://localhost';
  let url = server.url;
  for (const [name, variable] of Object.entries(server.variables ?? {})) {
    const given = (options as Record<string, unknown>)[variable.option];
    url = url.replace(`{${name}}`, typeof given === 'string' ? given : variable.default);
  }
  return url;
}

function applyParams(
  operation: OperationSpec,
  values: Record<string, unknown>,
  target: AuthTarget,
  override: PageOverride,
): void {
  const replaced = { ...override.query };
  for (const spec of operation.params ?? []) {
    if (override.url !== undefined && spec.in === 'query') continue;
    const given = spec.in === 'query' ? replaced[spec.wire] : undefined;
    if (given !== undefined) {
      delete replaced[spec.wire];
      target.query.push(`${encodeQueryPart(spec.wire)}=${encodeQueryPart(given)}`);
      continue;
    }
    const value = paramValue(spec, values[spec.name]);
    if (value === undefined) continue;
    if (spec.in === 'query') target.query.push(...encodeQuery(spec, value));
    else if (spec.in === 'header') target.headers.set(spec.wire, checkHeader(spec.wire, encodeHeader(value)));
    else if (spec.in === 'cookie')
      target.cookies.push(`${spec.wire}=${encodeQueryPart(encodeHeader(value))}`);
  }
  for (const [wire, value] of Object.entries(replaced)) {
    target.query.push(`${encodeQueryPart(wire)}=${encodeQueryPart(value)}`);
  }
}

function paramValue(spec: ParamSpec, value: unknown): unknown {
  return value === undefined || spec.codec === undefined ? value : spec.codec.encode(value);
}

/** The body to send, on the wire; `undefined` when an optional body was not given. */
function bodyValue(operation: OperationSpec, values: Record<string, unknown>): unknown {
  const body = operation.body;
  if (body === undefined) return undefined;
  if (body.param !== undefined) {
    const value = values[body.param];
    return value === undefined || body.codec === undefined ? value : body.codec.encode(value);
  }
  const names = new Set((operation.params ?? []).map((p) => p.name));
  if (operation.pagination?.itemLimit !== undefined) names.add(operation.pagination.itemLimit);
  const rest: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(values)) {
    if (!names.has(name) && value !== undefined) rest[body.fields?.[name] ?? name] = value;
  }
  if (Object.keys(rest).length === 0 && body.required !== true) return undefined;
  return body.codec === undefined ? rest : body.codec.encode(rest);
}

/**
 * The params with the page size set to the item limit (at most the API's maximum) when the call
 * gives a limit and no page size.
 */
function withPageSize(
  operation: OperationSpec,
  params: object | undefined,
  limit: number | undefined,
): object | undefined {
  const size = operation.pagination?.pageSize;
  if (limit === undefined || size === undefined) return params;
  const spec = operation.params?.find((p) => p.in === 'query' && p.wire === size[0]);
  const given = (params ?? {}) as Record<string, unknown>;
  if (spec === undefined || given[spec.name] !== undefined) return params;
  return { ...given, [spec.name]: Math.min(limit, size[1]) };
}

/** The call's item limit, checked: a positive integer, or `undefined` for every item. */
function itemLimit(operation: OperationSpec, params: object | undefined): number | undefined {
  const name = operation.pagination?.itemLimit;
  if (name === undefined || params === undefined) return undefined;
  const value = (params as Record<string, unknown>)[name];
  if (value === undefined) return undefined;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) {
    throw new TypeError(`${name} must be a positive integer, got ${String(value)}`);
  }
  return value;
}

function queryValue(
  operation: OperationSpec,
  params: object | undefined,
  current: PageOverride,
  wire: string | undefined,
): unknown {
  if (wire === undefined) return undefined;
  const overridden = current.query?.[wire];
  if (overridden !== undefined) return overridden;
  const spec = operation.params?.find((p) => p.in === 'query' && p.wire === wire);
  return spec === undefined ? undefined : (params as Record<string, unknown> | undefined)?.[spec.name];
}

function appendQuery(url: string, query: string[]): string {
  if (query.length === 0) return url;
  return url + (url.includes('?') ? '&' : '?') + query.join('&');
}

/** A fetched page as the pager reads it: the raw body, its raw items, headers and URL. */
interface FetchedPage {
  readonly raw: unknown;
  readonly items: readonly unknown[];
  readonly headers: Headers;
  readonly url: string;
}

/** The target of the first `rel="next"` link in an RFC 8288 `Link` header. */
function nextLink(header: string | null): string | undefined {
  if (header === null) return undefined;
  for (const match of header.matchAll(/<([^>]*)>((?:\s*;\s*[^;,=]+(?:=(?:"[^"]*"|[^;,]*))?)*)/g)) {
    for (const attribute of (match[2] ?? '').split(';')) {
      const [name, value] = attribute.split('=', 2);
      if (name?.trim().toLowerCase() !== 'rel' || value === undefined) continue;
      const rels = value.trim().replace(/^"|"$/g, '').toLowerCase().split(/\s+/);
      if (rels.includes('next')) return match[1];
    }
  }
  return undefined;
}

function lookup(value: unknown, path: readonly string[]): unknown {
  let current = value;
  for (const key of path) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  if (text.trim() === '') return undefined;
  try {
    return parseJson(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new APIDecodeError(
      response.status,
      text,
      `Undecodable ${response.status} response body: ${reason}`,
    );
  }
}

/** `scheme://host[:port]` of an http(s) URL; any other URL has an origin of its own. */
function originOf(url: URL): string {
  return url.protocol === 'http:' || url.protocol === 'https:' ? `${url.protocol}//${url.host}` : url.href;
}

/** `/path`: no scheme, no authority (`//host` is another origin). */
function isAbsolutePath(link: string): boolean {
  return link.startsWith('/') && !link.startsWith('//');
}

/** `target`, on the API's server `api`, moved onto `base`: the rest of its path and its query kept. */
function rebase(target: URL, api: URL, base: string): string {
  const prefix = api.pathname.replace(/\/+$/, '');
  let path = target.pathname;
  if (path === prefix || path.startsWith(`${prefix}/`)) path = path.slice(prefix.length);
  return base.replace(/\/+$/, '') + path + target.search;
}

async function errorFor(operation: OperationSpec, response: Response): Promise<APIError> {
  const rawBody = await response.text().catch(() => '');
  let body: unknown = rawBody;
  try {
    body = rawBody.trim() === '' ? undefined : parseJson(rawBody);
  } catch {
    // not JSON: keep the text
  }
  const status = String(response.status);
  const errors = operation.errors ?? {};
  const codec = errors[status] ?? errors[`${status[0]}XX`] ?? errors['default'];
  const decoded = codec !== undefined && typeof body === 'object' ? codec.decode(body) : body;
  const fields = operation.errorFields ?? {};
  const where = fields[status] ?? fields[`${status[0]}XX`] ?? fields['default'];
  return APIError.from(response.status, response.headers, decoded, rawBody, where, body);
}

function shouldRetry(status: number): boolean {
  return status === 408 || status === 429 || status >= 500;
}

function retryDelay(headers: Headers, attempt: number): number {
  const seconds = retryAfterSeconds(headers);
  return seconds !== undefined && seconds >= 0 && seconds <= MAX_RETRY_AFTER ? seconds : backoff(attempt);
}

/** Exponential backoff from 0.5 s up to 8 s, less up to a quarter at random (jitter). */
function backoff(attempt: number): number {
  const delay = Math.min(INITIAL_RETRY_DELAY * 2 ** attempt, MAX_RETRY_DELAY);
  return delay * (1 - Math.random() * 0.25);
}

function sleep(seconds: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, seconds * 1000);
    signal?.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        reject(new APIUserAbortError('The request was aborted.'));
      },
      { once: true },
    );
  });
}

/** `base` with `over` set on top; names compared without case, as HTTP does. */
function mergeHeaders(
  base: Readonly<Record<string, string>> | undefined,
  over: Readonly<Record<string, string>> | undefined,
): Record<string, string> {
  const replaced = new Set(Object.keys(over ?? {}).map((name) => name.toLowerCase()));
  const merged: Record<string, string> = {};
  for (const [name, value] of Object.entries(base ?? {})) {
    if (!replaced.has(name.toLowerCase())) merged[name] = value;
  }
  return { ...merged, ...over };
}

function idempotencyKey(): string {
  const crypto = (globalThis as { crypto?: { randomUUID?: () => string } }).crypto;
  if (typeof crypto?.randomUUID === 'function') return crypto.randomUUID();
  const hex = Array.from({ length: 32 }, () => Math.floor(Math.random() * 16).toString(16));
  return `${hex.slice(0, 8).join('')}-${hex.slice(8, 12).join('')}-4${hex.slice(13, 16).join('')}-a${hex.slice(17, 20).join('')}-${hex.slice(20).join('')}`;
}

/** The values of the options that give path parameters, by parameter wire name; unset ones left out. */
function pathValues(
  names: Readonly<Record<string, string>> | undefined,
  options: BaseClientOptions,
): Record<string, string> {
  const given = options as Record<string, unknown>;
  const values: Record<string, string> = {};
  for (const [wire, option] of Object.entries(names ?? {})) {
    const value = given[option];
    if (typeof value === 'string' && value !== '') values[wire] = value;
  }
  return values;
}

/** The rewrite with the region and edge from the options, else from the environment. */
function chosenHosts(spec: HostRewriteSpec, options: BaseClientOptions): HostRewrite {
  const given = options as Record<string, unknown>;
  const option = (name: string, env: string): string | undefined => {
    const value = given[name];
    if (value !== undefined && value !== null && value !== '') return hostLabel(value, name);
    const fromEnv = readEnv(env);
    return fromEnv === undefined ? undefined : hostLabel(fromEnv, env);
  };
  return {
    spec,
    region: option(spec.regionOption, spec.regionEnv),
    edge: option(spec.edgeOption, spec.edgeEnv),
  };
}

/** Refuses, before anything is sent, a call that gives none of a group the API needs one of. */
function requireOneOf(operation: OperationSpec, values: Record<string, unknown>): void {
  for (const group of operation.requireOneOf ?? []) {
    if (group.every((name) => values[name] === undefined)) {
      throw new SDKError(`give at least one of ${group.join(', ')}`);
    }
  }
}

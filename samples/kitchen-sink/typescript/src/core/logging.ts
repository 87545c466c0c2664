/**
 * Debug logging of requests, off unless a client is given a `logger`. Credentials are masked and
 * bodies are never logged (docs/plan.md, "Redaction").
 */

/** Where a client writes its debug log: any object with a `debug` method, such as `console`. */
export interface Logger {
  debug(message: string, fields?: Record<string, unknown>): void;
}

/**
 * Lower-case header names, query parameter names and path parameter wire names (personal data,
 * such as a phone number) whose values the log writes as `***`.
 */
export interface RedactionSpec {
  readonly headers: readonly string[];
  readonly query: readonly string[];
  readonly path?: readonly string[];
}

export const MASK = '***';

/** Writes one record per attempt, response, failure and retry to a logger, credentials masked. */
export class RequestLog {
  readonly #headers: ReadonlySet<string>;
  readonly #query: ReadonlySet<string>;
  /** Path parameters, by wire name, that a logged URL shows as `***`. */
  readonly masksPath: ReadonlySet<string>;

  constructor(
    private readonly logger: Logger | undefined,
    spec: RedactionSpec,
    secret: { headers: ReadonlySet<string>; query: ReadonlySet<string> },
  ) {
    this.#headers = new Set([...spec.headers, ...secret.headers].map((name) => name.toLowerCase()));
    this.#query = new Set([...spec.query, ...secret.query]);
    this.masksPath = new Set(spec.path ?? []);
  }

  /** Logs a request about to be sent; returns when it started. */
  sending(method: string, url: string, headers: HeadersInit | undefined, attempt: number): number {
    if (this.logger !== undefined) {
      const shown = this.url(url);
      const masked: Record<string, string> = {};
      new Headers(headers).forEach((value, name) => {
        masked[name] = this.#headers.has(name) ? MASK : value;
      });
      this.logger.debug(`${method} ${shown} (attempt ${attempt + 1})`, {
        method,
        url: shown,
        attempt: attempt + 1,
        headers: masked,
      });
    }
    return Date.now();
  }

  /** Logs the status a request got and how long it took. */
  received(method: string, url: string, status: number, started: number): void {
    if (this.logger === undefined) return;
    const shown = this.url(url);
    const elapsedMs = Date.now() - started;
    this.logger.debug(`${method} ${shown} -> ${status} in ${elapsedMs} ms`, {
      method,
      url: shown,
      status,
      elapsedMs,
    });
  }

  /** Logs a request that got no response. */
  failed(method: string, url: string, error: unknown, started: number): void {
    if (this.logger === undefined) return;
    const shown = this.url(url);
    const elapsedMs = Date.now() - started;
    const reason = error instanceof Error ? error.name : typeof error;
    this.logger.debug(`${method} ${shown} failed after ${elapsedMs} ms: ${reason}`, {
      method,
      url: shown,
      elapsedMs,
      error: reason,
    });
  }

  /** Logs a retry: why, and the wait before it. */
  retrying(method: string, url: string, reason: string, delaySeconds: number): void {
    if (this.logger === undefined) return;
    const shown = this.url(url);
    this.logger.debug(`retrying ${method} ${shown} after ${reason} in ${delaySeconds.toFixed(3)} s`, {
      method,
      url: shown,
      reason,
      delaySeconds,
    });
  }

  /** `url` without user info, its credential query parameters masked. */
  url(url: string): string {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      return url;
    }
    parsed.username = '';
    parsed.password = '';
    for (const name of this.#query) {
      if (parsed.searchParams.has(name)) parsed.searchParams.set(name, MASK);
    }
    return parsed.toString();
  }
}

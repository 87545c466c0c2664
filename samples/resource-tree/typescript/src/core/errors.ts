/** The base of every error this SDK throws. */
export class SDKError extends Error {
  override readonly name: string = 'SDKError';
}

/** Where the API keeps its own error code and message in an error body (JSON property names). */
export interface ErrorFields {
  readonly code: readonly string[];
  readonly message: readonly string[];
}

/** The server answered with a status that is not a success. */
export class APIError extends SDKError {
  override readonly name: string = 'APIError';
  /** The API's own error code, read from where the API keeps it (`code`, `error.code`, ...). */
  readonly code: string | number | undefined;
  /** The API's own error message, read from where the API keeps it (`message`, `error.message`, ...). */
  readonly apiMessage: string | undefined;

  constructor(
    readonly status: number,
    readonly headers: Headers,
    /** The body, decoded with the operation's error schema when it is JSON. */
    readonly body: unknown,
    /** The body exactly as received. */
    readonly rawBody: string,
    message: string,
    fields: { code?: string | number | undefined; apiMessage?: string | undefined } = {},
  ) {
    super(message);
    this.code = fields.code;
    this.apiMessage = fields.apiMessage;
  }

  /**
   * Creates the error class that matches the status; its message holds the API's message and code
   * (`402 Your card was declined. (code: card_declined)`). `json` is the body as parsed JSON.
   */
  static from(
    status: number,
    headers: Headers,
    body: unknown,
    rawBody: string,
    where: ErrorFields = { code: [], message: [] },
    json: unknown = body,
  ): APIError {
    const found = at(json, where.code);
    const code = typeof found === 'string' || typeof found === 'number' ? found : undefined;
    const text = at(json, where.message);
    const apiMessage = typeof text === 'string' ? text : undefined;
    const detail = apiMessage ?? (rawBody.length > 0 ? rawBody.slice(0, 500) : 'status code (no body)');
    const message = `${status} ${detail}${code === undefined ? '' : ` (code: ${code})`}`;
    const Class =
      STATUS_CLASSES[status] ?? (status >= 500 ? ServerError : status >= 400 ? ClientError : APIError);
    return new Class(status, headers, body, rawBody, message, { code, apiMessage });
  }
}

/** Any 4xx status. */
export class ClientError extends APIError {
  override readonly name: string = 'ClientError';
}

/** Any 5xx status. */
export class ServerError extends APIError {
  override readonly name: string = 'ServerError';
}

export class BadRequestError extends ClientError {
  override readonly name: string = 'BadRequestError';
}

export class AuthenticationError extends ClientError {
  override readonly name: string = 'AuthenticationError';
}

export class PermissionDeniedError extends ClientError {
  override readonly name: string = 'PermissionDeniedError';
}

export class NotFoundError extends ClientError {
  override readonly name: string = 'NotFoundError';
}

export class ConflictError extends ClientError {
  override readonly name: string = 'ConflictError';
}

export class UnprocessableEntityError extends ClientError {
  override readonly name: string = 'UnprocessableEntityError';
}

export class RateLimitError extends ClientError {
  override readonly name: string = 'RateLimitError';

  /** Seconds the server asked to wait (Retry-After), if it said. */
  get retryAfter(): number | undefined {
    return retryAfterSeconds(this.headers);
  }
}

export class InternalServerError extends ServerError {
  override readonly name: string = 'InternalServerError';
}

/** No response was received: the connection failed or was closed. */
export class APIConnectionError extends SDKError {
  override readonly name: string = 'APIConnectionError';
}

/** No response was received within the configured timeout. */
export class APITimeoutError extends APIConnectionError {
  override readonly name: string = 'APITimeoutError';
}

/** The caller aborted the request through its `signal`. */
export class APIUserAbortError extends SDKError {
  override readonly name: string = 'APIUserAbortError';
}

/**
 * An argument cannot be sent safely; thrown before anything is sent, never retried. For example a
 * header value with a line break, or `.` / `..` as a path parameter.
 */
export class InvalidRequestError extends SDKError {
  override readonly name: string = 'InvalidRequestError';
}

/** A successful response whose body could not be decoded (malformed or too deeply nested JSON). */
export class APIDecodeError extends SDKError {
  override readonly name: string = 'APIDecodeError';

  constructor(
    readonly status: number,
    /** The text that could not be decoded (for a stream: the event's data). */
    readonly rawBody: string,
    message: string,
  ) {
    super(message);
  }
}

/**
 * A next-page link points to another origin than the API's; nothing was sent there. Pass
 * `followForeignLinks: true` to the client to follow such links without credentials.
 */
export class ForeignLinkError extends SDKError {
  override readonly name: string = 'ForeignLinkError';

  constructor(readonly link: string) {
    super(`Refusing to follow a next-page link to another origin: ${link}`);
  }
}

/** The server kept redirecting beyond the limit. */
export class TooManyRedirectsError extends SDKError {
  override readonly name: string = 'TooManyRedirectsError';

  constructor(
    readonly status: number,
    readonly location: string,
    limit: number,
  ) {
    super(`More than ${limit} redirects; the last one went to ${location}`);
  }
}

/** An operation needs credentials that were neither passed nor found in the environment. */
export class MissingCredentialsError extends SDKError {
  override readonly name: string = 'MissingCredentialsError';
}

type ErrorClass = new (
  status: number,
  headers: Headers,
  body: unknown,
  rawBody: string,
  message: string,
) => APIError;

const STATUS_CLASSES: Record<number, ErrorClass> = {
  400: BadRequestError,
  401: AuthenticationError,
  403: PermissionDeniedError,
  404: NotFoundError,
  409: ConflictError,
  422: UnprocessableEntityError,
  429: RateLimitError,
  500: InternalServerError,
};

/** Seconds from `Retry-After` (delta seconds or an HTTP date) or `Retry-After-Ms`. */
export function retryAfterSeconds(headers: Headers): number | undefined {
  const millis = Number.parseFloat(headers.get('retry-after-ms') ?? '');
  if (Number.isFinite(millis)) return millis / 1000;
  const value = headers.get('retry-after');
  if (value === null) return undefined;
  const seconds = Number.parseFloat(value);
  if (Number.isFinite(seconds)) return seconds;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, (date - Date.now()) / 1000);
}

/** The value at a path of property names in a JSON value. */
function at(value: unknown, path: readonly string[]): unknown {
  if (path.length === 0) return undefined;
  let current = value;
  for (const name of path) {
    current =
      typeof current === 'object' && current !== null && !Array.isArray(current)
        ? (current as Record<string, unknown>)[name]
        : undefined;
  }
  return current;
}

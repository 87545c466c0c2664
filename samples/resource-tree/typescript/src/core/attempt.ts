import { APIConnectionError, APITimeoutError, APIUserAbortError, SDKError } from './errors.js';

/** The longest delay `setTimeout` keeps; a longer timeout, like 0 or `Infinity`, means none. */
const MAX_TIMER = 2 ** 31 - 1;

/**
 * One try of a request. Its timeout runs from sending the request until its body has been read
 * (until its headers for a streamed body); the caller's signal cancels it at any point, a stream
 * being read included.
 */
export class Attempt {
  readonly #controller = new AbortController();
  readonly #user: AbortSignal | undefined;
  readonly #timer: ReturnType<typeof setTimeout> | undefined;
  readonly #abort = () => this.#controller.abort();
  #timedOut = false;

  constructor(
    readonly timeout: number,
    user: AbortSignal | undefined,
  ) {
    this.#user = user;
    user?.addEventListener('abort', this.#abort, { once: true });
    if (timeout > 0 && timeout <= MAX_TIMER) {
      this.#timer = setTimeout(() => {
        this.#timedOut = true;
        this.#controller.abort();
      }, timeout);
    }
  }

  /** The signal to give `fetch`. */
  get signal(): AbortSignal {
    return this.#controller.signal;
  }

  /** Runs one step of the attempt; a failure becomes a timeout, abort or connection error. */
  async run<T>(step: () => Promise<T>): Promise<T> {
    if (this.#user?.aborted) throw new APIUserAbortError('The request was aborted.');
    try {
      return await step();
    } catch (error) {
      throw this.#failure(error);
    }
  }

  /** Stops the clock; the caller's signal can still cancel a body being streamed. */
  stopClock(): void {
    clearTimeout(this.#timer);
  }

  /** Ends the attempt: no clock, no link to the caller's signal. */
  end(): void {
    this.stopClock();
    this.#user?.removeEventListener('abort', this.#abort);
  }

  #failure(error: unknown): SDKError {
    if (this.#user?.aborted) return new APIUserAbortError('The request was aborted.', { cause: error });
    if (this.#timedOut) {
      return new APITimeoutError(`No complete response within ${this.timeout} ms.`, { cause: error });
    }
    if (error instanceof SDKError) return error;
    return new APIConnectionError(`Connection error: ${describe(error)}`, { cause: error });
  }
}

/** The response with its body read into memory, so that reading it is part of the attempt. */
export async function buffered(response: Response): Promise<Response> {
  const bytes = await response.arrayBuffer();
  const bodiless = response.status === 204 || response.status === 205 || response.status === 304;
  const copy = new Response(bodiless ? null : bytes, {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
  Object.defineProperty(copy, 'url', { value: response.url });
  return copy;
}

function describe(error: unknown): string {
  if (error instanceof Error) {
    const cause = (error as { cause?: unknown }).cause;
    return cause instanceof Error ? `${error.message} (${cause.message})` : error.message;
  }
  return String(error);
}

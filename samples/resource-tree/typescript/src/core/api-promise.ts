/** A result together with the HTTP response it came from. */
export interface WithResponse<T> {
  data: T;
  response: Response;
}

/**
 * The promise every operation returns: await it for the result, or call `withResponse()` for the
 * status and headers too.
 */
export class APIPromise<T> implements Promise<T> {
  private parsed: Promise<WithResponse<T>> | undefined;

  constructor(
    private readonly responsePromise: Promise<Response>,
    private readonly parse: (response: Response) => Promise<T>,
  ) {}

  /** The result and the response (status, headers). */
  withResponse(): Promise<WithResponse<T>> {
    this.parsed ??= this.responsePromise.then(async (response) => ({
      data: await this.parse(response),
      response,
    }));
    return this.parsed;
  }

  /** The raw response, with its body not yet read. */
  asResponse(): Promise<Response> {
    return this.responsePromise;
  }

  then<R1 = T, R2 = never>(
    onfulfilled?: ((value: T) => R1 | PromiseLike<R1>) | null,
    onrejected?: ((reason: unknown) => R2 | PromiseLike<R2>) | null,
  ): Promise<R1 | R2> {
    return this.withResponse()
      .then((result) => result.data)
      .then(onfulfilled, onrejected);
  }

  catch<R = never>(onrejected?: ((reason: unknown) => R | PromiseLike<R>) | null): Promise<T | R> {
    return this.then(undefined, onrejected);
  }

  finally(onfinally?: (() => void) | null): Promise<T> {
    return this.then().finally(onfinally);
  }

  readonly [Symbol.toStringTag] = 'APIPromise';
}

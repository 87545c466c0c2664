import type { APIPromise } from './api-promise.js';
import type { BaseClient, RequestOptions } from './base-client.js';
import type { OperationSource } from './operation.js';
import type { PagePromise } from './pagination.js';

/** A group of operations on a client, such as `client.messages`. */
export class APIResource {
  constructor(protected readonly _client: BaseClient) {}

  protected _call<T>(
    operation: OperationSource,
    params: object | undefined,
    options: RequestOptions | undefined,
  ): APIPromise<T> {
    return this._client._request<T>(operation, params, options);
  }

  protected _list<T>(
    operation: OperationSource,
    params: object | undefined,
    options: RequestOptions | undefined,
  ): PagePromise<T> {
    return this._client._paginate<T>(operation, params, options);
  }
}

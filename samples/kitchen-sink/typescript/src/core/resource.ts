import type { APIPromise } from './api-promise.js';
import type { BaseClient, RequestOptions } from './base-client.js';
import type { OperationSource } from './operation.js';
import type { PagePromise } from './pagination.js';

/** A group of operations on a client, such as `client.messages`. */
export class APIResource {
  constructor(protected readonly _client: BaseClient) {}

  /**
   * Gives this class a method per operation of its table, named by the operation's key: the
   * generated class only declares the methods' types, so that an API of many operations costs a
   * bundle its table and not a function per operation too. A method takes `(params, options)`, or
   * `(options)` for an operation without params; a paged operation's returns its pages. An entry
   * without an id has `idPrefix` and its name in kebab case (`getOrgRuleset`: `get-org-ruleset`).
   */
  protected static _define(operations: Readonly<Record<string, OperationSource>>, idPrefix = ''): void {
    for (const [name, value] of APIResource._methods(operations, idPrefix)) {
      Object.defineProperty(this.prototype, name, { configurable: true, writable: true, value });
    }
  }

  /** The method of each entry of an operations table, by the entry's key (see `_define`). */
  static _methods(
    operations: Readonly<Record<string, OperationSource>>,
    idPrefix = '',
  ): [string, (this: APIResource, first?: object, second?: RequestOptions) => unknown][] {
    return Object.entries(operations).map(([name, entry]) => {
      const id = entry.id ?? idPrefix + name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
      const operation = entry.id === undefined ? { ...entry, id } : entry;
      const paged = operation.pagination !== undefined;
      const bare = operation.noParams === true;
      function method(this: APIResource, first?: object, second?: RequestOptions): unknown {
        const [params, options] = bare ? [undefined, first as RequestOptions | undefined] : [first, second];
        return paged ? this._list(operation, params, options) : this._call(operation, params, options);
      }
      return [name, method];
    });
  }

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

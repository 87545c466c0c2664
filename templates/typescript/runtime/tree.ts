import type { APIPromise } from './api-promise.js';
import type { BaseClient, RequestOptions } from './base-client.js';
import { compileOperation, type OperationSource } from './operation.js';
import type { PagePromise } from './pagination.js';
import { APIResource } from './resource.js';

/**
 * The path values a resource of the tree holds, in path order: its ancestors' keys, then its own
 * for a member. `undefined` is a value left to the client (the account of a shortcut such as
 * `client.messages`), which the client's option or credentials fill at call time.
 */
export type PathValues = readonly unknown[];

/**
 * A resource of the client's tree (`client.accounts('AC…').messages`): its methods call their
 * operations with the held path values as the first path parameters, so a caller gives none of
 * them again.
 */
export class TreeResource extends APIResource {
  constructor(
    client: BaseClient,
    protected readonly _path: PathValues,
  ) {
    super(client);
  }

  protected override _call<T>(
    operation: OperationSource,
    params: object | undefined,
    options: RequestOptions | undefined,
  ): APIPromise<T> {
    return super._call<T>(operation, bound(operation, params, this._path), options);
  }

  protected override _list<T>(
    operation: OperationSource,
    params: object | undefined,
    options: RequestOptions | undefined,
  ): PagePromise<T> {
    return super._list<T>(operation, bound(operation, params, this._path), options);
  }
}

/** The params with the operation's first path parameters, in path order, set to the held values. */
function bound(source: OperationSource, params: object | undefined, path: PathValues): object {
  const operation = compileOperation(source);
  const values: Record<string, unknown> = { ...params };
  const placeholders = [...operation.path.matchAll(/\{([^}]+)\}/g)].map(([, wire]) => wire);
  path.forEach((value, index) => {
    const spec = operation.params?.find((p) => p.in === 'path' && p.wire === placeholders[index]);
    if (spec !== undefined) values[spec.name] = value;
  });
  return values;
}

/** What makes a resource of the tree from the client and the path values: a function or a class. */
export type TreeFactory =
  | ((client: BaseClient, path: PathValues) => unknown)
  | (new (client: BaseClient, path: PathValues) => TreeResource);

function make(factory: TreeFactory, client: BaseClient, path: PathValues): unknown {
  return factory.prototype instanceof TreeResource
    ? new (factory as new (client: BaseClient, path: PathValues) => TreeResource)(client, path)
    : (factory as (client: BaseClient, path: PathValues) => unknown)(client, path);
}

/**
 * A collection that is called with a key for one member, `messages('SM…')` (a `member` holding
 * the path values and the key), and has the collection's methods (from its operations table) and
 * children (each made on first access) as properties: a function, typed by an interface with a
 * call signature.
 */
export function keyedList<T>(
  client: BaseClient,
  path: PathValues,
  member: new (client: BaseClient, path: PathValues) => TreeResource,
  children: Readonly<Record<string, TreeFactory>>,
  operations: Readonly<Record<string, OperationSource>>,
  idPrefix = '',
): T {
  const list = (key: unknown) => new member(client, [...path, key]);
  const resource = new TreeResource(client, path);
  for (const [name, method] of TreeResource._methods(operations, idPrefix)) {
    Object.defineProperty(list, name, { configurable: true, writable: true, value: method.bind(resource) });
  }
  for (const [name, factory] of Object.entries(children)) {
    let made: unknown;
    Object.defineProperty(list, name, {
      configurable: true,
      get: () => (made ??= make(factory, client, path)),
    });
  }
  return list as T;
}

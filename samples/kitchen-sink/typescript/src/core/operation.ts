import type { Codec } from './codec.js';

/** Where a parameter goes and how it is written (OpenAPI `in`, `style`, `explode`). */
export interface ParamSpec {
  /** The parameter's name in the SDK's params object. */
  readonly name: string;
  /** The name on the wire. */
  readonly wire: string;
  readonly in: 'path' | 'query' | 'header' | 'cookie';
  readonly style?: 'form' | 'spaceDelimited' | 'pipeDelimited' | 'deepObject';
  readonly explode?: boolean;
  readonly codec?: Codec;
}

/** How the request body is encoded. */
export interface BodySpec {
  readonly kind: 'json' | 'form' | 'multipart' | 'binary' | 'text';
  readonly contentType: string;
  /**
   * The params property holding the whole body; absent when the body's properties are the
   * params' other properties.
   */
  readonly param?: string;
  /** Whether a body is sent even when no property of it is given. */
  readonly required?: boolean;
  /** Params properties holding a body property of another name, which a parameter took. */
  readonly fields?: Readonly<Record<string, string>>;
  readonly codec?: Codec;
  /**
   * How each form property (wire name) writes arrays and objects: `deep` (brackets, arrays by
   * index), `form` (arrays repeat the key, objects write their own keys), `csv`, `ssv`, `pipes`
   * (joined by a comma, a space or `|`). See `formBody` in encoding.ts.
   */
  readonly styles?: Readonly<Record<string, FormStyle>>;
  /** Multipart properties (wire names) with a declared content type. */
  readonly contentTypes?: Readonly<Record<string, string>>;
}

/**
 * How the success response is read; `deleted` is a delete without a body, which returns whether
 * the server deleted: any success but 202 Accepted (queued, not yet done).
 */
export interface ResponseSpec {
  readonly kind: 'json' | 'text' | 'binary' | 'events' | 'empty' | 'deleted';
  /** The media type to ask for in `Accept`. */
  readonly mediaType?: string;
  readonly codec?: Codec;
}

/** How a list operation pages; paths are wire property names from the body's root. */
export interface PaginationSpec {
  readonly style: 'nextUrl' | 'linkHeader' | 'cursor' | 'offset';
  /** Empty when the body itself is the array. */
  readonly items: readonly string[];
  readonly item: Codec;
  /** nextUrl: the next page's URL; cursor: the next cursor. */
  readonly next?: readonly string[];
  readonly hasMore?: readonly string[];
  /** cursor and offset: the query parameter (wire name) to advance. */
  readonly param?: string;
  /** offset: the query parameter (wire name) holding the page size. */
  readonly limit?: string;
  /** cursor: `next` is a path in the page's last item, not in the body. */
  readonly lastItem?: boolean;
  /** offset: `param` is a page number (from 1) that advances by one. */
  readonly pages?: boolean;
  /** The params property capping how many items iterating the list yields; it is never sent. */
  readonly itemLimit?: string;
  /** The query parameter (wire name) setting a page's size and the most it takes: an item limit asks for pages of its size. */
  readonly pageSize?: readonly [string, number];
}

export type FormStyle = 'deep' | 'form' | 'csv' | 'ssv' | 'pipes';

/** Where an error body keeps the API's own code and message: paths of wire names. */
export interface ErrorFieldsSpec {
  readonly code: readonly string[];
  readonly message: readonly string[];
}

/** Everything the client needs to call one operation. */
export interface OperationSpec {
  readonly id: string;
  readonly method: string;
  readonly path: string;
  readonly params?: readonly ParamSpec[];
  readonly body?: BodySpec;
  readonly response: ResponseSpec;
  /** Error body codecs by status, status range (`4XX`) or `default`. */
  readonly errors?: Readonly<Record<string, Codec>>;
  /** Where the API's code and message are, by status, status range (`4XX`) or `default`. */
  readonly errorFields?: Readonly<Record<string, ErrorFieldsSpec>>;
  /** Alternatives, each a list of security scheme names to apply together. */
  readonly security?: readonly (readonly string[])[];
  /** Servers of this operation, replacing the client's unless a base URL was given. */
  readonly servers?: readonly string[];
  readonly idempotencyHeader?: string;
  readonly pagination?: PaginationSpec;
  /** Path parameters a call may leave out, by wire name: the basic scheme whose user name they take. */
  readonly pathDefaults?: Readonly<Record<string, { readonly scheme: string; readonly env: string }>>;
  /** Groups of params properties of which a call must give at least one. */
  readonly requireOneOf?: readonly (readonly string[])[];
}

/**
 * How generated code describes an operation, compactly (the tables of a large API are most of its
 * bundle). Codecs are the generated ones of the API's types; `route` is `METHOD PATH`; a parameter
 * is `'IN[.STYLE][-][ WIRE]'` with IN one of `p`ath, `q`uery, `h`eader, `c`ookie (`-`: arrays
 * comma-joined; the wire name only where it differs from the params property), paired with its
 * codec where one writes its values (date-times), and a path parameter named as on the wire
 * without a codec is left out, its route placeholder naming it; a response or body
 * media is `KIND [MEDIA_TYPE]`, `json application/json` when left out; `security` lists
 * alternatives separated by `|`, schemes of one alternative by `&`, `none` for no credentials;
 * paths are wire names joined by dots. Values repeated across a file's operations (errors,
 * security) are shared constants.
 */
export interface OperationSource {
  /** Left out where the resource gives it: its id prefix and the entry's name in kebab case. */
  readonly id?: string;
  /** `METHOD PATH`. */
  readonly route: string;
  readonly params?: Readonly<Record<string, string | ParamSource>>;
  readonly body?: {
    /** `KIND CONTENT_TYPE`, `json application/json` when left out. */
    readonly media?: string;
    readonly codec?: Codec;
    readonly param?: string;
    readonly required?: boolean;
    readonly fields?: Readonly<Record<string, string>>;
    readonly styles?: Readonly<Record<string, FormStyle>>;
    readonly parts?: Readonly<Record<string, string>>;
  };
  /** `KIND [MEDIA_TYPE]`, `json application/json` when left out. */
  readonly response?: string;
  /** The success body's codec (JSON or each event's data). */
  readonly codec?: Codec;
  /**
   * The error body's codec by status, or `[codec, 'CODE_PATH MESSAGE_PATH']` where the body keeps
   * the API's code or message (`-` for none).
   */
  readonly errors?: Readonly<Record<string, Codec | readonly [Codec | undefined, string]>>;
  readonly security?: string;
  readonly server?: string;
  /** `SCHEME ENV` by path parameter wire name: the scheme whose user name a left-out value takes. */
  readonly pathDefaults?: Readonly<Record<string, string>>;
  readonly idempotencyHeader?: string;
  /** Groups of params properties of which a call must give at least one. */
  readonly requireOneOf?: readonly (readonly string[])[];
  /** The operation's method takes no params, only request options. */
  readonly noParams?: boolean;
  readonly pagination?: {
    readonly style: PaginationSpec['style'];
    /** Empty or left out when the body itself is the array. */
    readonly items?: string;
    readonly item: Codec;
    readonly next?: string;
    readonly hasMore?: string;
    readonly param?: string;
    readonly limit?: string;
    readonly lastItem?: boolean;
    readonly pages?: boolean;
    readonly itemLimit?: string;
    readonly pageSize?: string;
    readonly pageSizeMax?: number;
  };
}

type ParamSource = readonly [text: string, codec: Codec];

const JSON_MEDIA = 'json application/json';

/** `KIND [MEDIA_TYPE]` split at its first space. */
function media(text: string | undefined): [string, string | undefined] {
  const source = text ?? JSON_MEDIA;
  const space = source.indexOf(' ');
  return space < 0 ? [source, undefined] : [source.slice(0, space), source.slice(space + 1)];
}

const compiled = new WeakMap<OperationSource, OperationSpec>();

/** The operation a source describes, compiled once. */
export function compileOperation(source: OperationSource): OperationSpec {
  let spec = compiled.get(source);
  if (spec === undefined) {
    spec = compile(source);
    compiled.set(source, spec);
  }
  return spec;
}

function compile(source: OperationSource): OperationSpec {
  const [kind, mediaType] = media(source.response);
  const codec = source.codec;
  const space = source.route.indexOf(' ');
  const spec: Mutable<OperationSpec> = {
    id: source.id ?? '',
    method: source.route.slice(0, space),
    path: source.route.slice(space + 1),
    params: params(source.params, source.route.slice(space + 1)),
    response: {
      kind: kind as ResponseSpec['kind'],
      ...(mediaType === undefined ? {} : { mediaType }),
      ...(codec === undefined ? {} : { codec }),
    },
    security: security(source.security),
  };
  if (source.body !== undefined) spec.body = body(source.body);
  if (source.errors !== undefined) Object.assign(spec, errors(source.errors));
  if (source.server !== undefined) spec.servers = [source.server];
  if (source.idempotencyHeader !== undefined) spec.idempotencyHeader = source.idempotencyHeader;
  if (source.pagination !== undefined) spec.pagination = pagination(source.pagination);
  if (source.pathDefaults !== undefined) spec.pathDefaults = pathDefaults(source.pathDefaults);
  if (source.requireOneOf !== undefined) spec.requireOneOf = source.requireOneOf;
  return spec;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

function pathDefaults(
  source: Readonly<Record<string, string>>,
): Record<string, { scheme: string; env: string }> {
  const result: Record<string, { scheme: string; env: string }> = {};
  for (const [wire, text] of Object.entries(source)) {
    const [scheme = '', env = ''] = text.split(' ');
    result[wire] = { scheme, env };
  }
  return result;
}

const LOCATIONS: Readonly<Record<string, ParamSpec['in']>> = {
  p: 'path',
  q: 'query',
  h: 'header',
  c: 'cookie',
};

/**
 * The table's parameters, then each placeholder of the path that none of them fills: a params
 * property named as on the wire.
 */
function params(
  source: Readonly<Record<string, string | ParamSource>> | undefined,
  path: string,
): ParamSpec[] {
  const specs = Object.entries(source ?? {}).map(([name, entry]) =>
    typeof entry === 'string' ? param(name, entry) : { ...param(name, entry[0]), codec: entry[1] },
  );
  for (const [, wire = ''] of path.matchAll(/\{([^}]+)\}/g)) {
    if (!specs.some((spec) => spec.in === 'path' && spec.wire === wire)) {
      specs.push({ name: wire, wire, in: 'path', explode: true });
    }
  }
  return specs;
}

function param(name: string, text: string): ParamSpec {
  const space = text.indexOf(' ');
  const head = space < 0 ? text : text.slice(0, space);
  const explode = !head.endsWith('-');
  const [location = 'q', style] = (explode ? head : head.slice(0, -1)).split('.');
  return {
    name,
    wire: space < 0 ? name : text.slice(space + 1),
    in: LOCATIONS[location] ?? 'query',
    explode,
    ...(style === undefined ? {} : { style: style as NonNullable<ParamSpec['style']> }),
  };
}

function body(source: NonNullable<OperationSource['body']>): BodySpec {
  const [kind, contentType = ''] = media(source.media);
  return {
    kind: kind as BodySpec['kind'],
    contentType,
    ...(source.codec === undefined ? {} : { codec: source.codec }),
    ...(source.param === undefined ? {} : { param: source.param }),
    ...(source.required === true ? { required: true } : {}),
    ...(source.fields === undefined ? {} : { fields: source.fields }),
    ...(source.styles === undefined ? {} : { styles: source.styles }),
    ...(source.parts === undefined ? {} : { contentTypes: source.parts }),
  };
}

/** The error codecs and the error fields of the table's errors, each where any status has one. */
function errors(
  source: NonNullable<OperationSource['errors']>,
): Pick<OperationSpec, 'errors' | 'errorFields'> {
  const codecs: Record<string, Codec> = {};
  const fields: Record<string, ErrorFieldsSpec> = {};
  const path = (text: string | undefined) => (text === undefined || text === '-' ? [] : text.split('.'));
  for (const [status, entry] of Object.entries(source)) {
    const [codec, text] = 'decode' in entry ? [entry, undefined] : entry;
    if (codec !== undefined) codecs[status] = codec;
    if (text !== undefined) {
      const [code, message] = text.split(' ');
      fields[status] = { code: path(code), message: path(message) };
    }
  }
  return {
    ...(Object.keys(codecs).length === 0 ? {} : { errors: codecs }),
    ...(Object.keys(fields).length === 0 ? {} : { errorFields: fields }),
  };
}

function security(source: string | undefined): string[][] {
  if (source === undefined) return [];
  return source.split('|').map((alternative) =>
    alternative
      .split('&')
      .map((scheme) => scheme.trim())
      .filter((scheme) => scheme !== '' && scheme !== 'none'),
  );
}

function pagination(source: NonNullable<OperationSource['pagination']>): PaginationSpec {
  const path = (text: string | undefined) => (text === undefined ? undefined : text.split('.'));
  const next = path(source.next);
  const hasMore = path(source.hasMore);
  return {
    style: source.style,
    items: source.items === undefined || source.items === '' ? [] : source.items.split('.'),
    item: source.item,
    ...(next === undefined ? {} : { next }),
    ...(hasMore === undefined ? {} : { hasMore }),
    ...(source.param === undefined ? {} : { param: source.param }),
    ...(source.limit === undefined ? {} : { limit: source.limit }),
    ...(source.lastItem === true ? { lastItem: true } : {}),
    ...(source.pages === true ? { pages: true } : {}),
    ...(source.itemLimit === undefined ? {} : { itemLimit: source.itemLimit }),
    ...(source.pageSize === undefined || source.pageSizeMax === undefined
      ? {}
      : { pageSize: [source.pageSize, source.pageSizeMax] as const }),
  };
}

import { InvalidRequestError } from './errors.js';
import { stringifyJson } from './json.js';
import type { BodySpec, ParamSpec } from './operation.js';
import { isObject } from './codec.js';
import { isReadableStream, isUploadable, toBlob, type Uploadable } from './uploads.js';

/** Percent-encodes a path segment: everything but the unreserved characters is escaped. */
export function encodePath(value: unknown, name = 'path parameter'): string {
  const items = Array.isArray(value) ? value : [value];
  const text = items.map((item) => scalar(item)).join(',');
  if (text === '.' || text === '..') {
    // URL parsers and servers read these as "this" and "parent" folder, even percent-encoded.
    throw new InvalidRequestError(`${name} is '${text}', which would change the request path.`);
  }
  return items.map((item) => strictEncode(scalar(item))).join(',');
}

/**
 * Returns `value`, or refuses it when a server could read it as more than one header (checked
 * before `Headers` would silently trim a trailing line break or throw a `TypeError`).
 */
export function checkHeader(name: string, value: string): string {
  if (/[\r\n\0]/.test(value)) {
    throw new InvalidRequestError(`The value of header '${name}' contains a line break or NUL.`);
  }
  return value;
}

/** `headers` with every value checked by `checkHeader`. */
export function checkedHeaders(headers: Record<string, string> | undefined): Record<string, string> {
  for (const [name, value] of Object.entries(headers ?? {})) checkHeader(name, value);
  return { ...headers };
}

/** `encodeURIComponent`, also escaping `!'()*`, so only `A-Z a-z 0-9 - . _ ~` stay as they are. */
export function strictEncode(text: string): string {
  return encodeURIComponent(text).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

/** Writes one query parameter as `key=value` pairs, already percent-encoded. */
export function encodeQuery(spec: ParamSpec, value: unknown): string[] {
  const key = encodeQueryPart(spec.wire);
  if (Array.isArray(value)) {
    if (spec.explode !== false && spec.style !== 'spaceDelimited' && spec.style !== 'pipeDelimited') {
      return value.map((item) => `${key}=${encodeQueryPart(scalar(item))}`);
    }
    const separator = spec.style === 'spaceDelimited' ? '%20' : spec.style === 'pipeDelimited' ? '|' : ',';
    return [`${key}=${value.map((item) => encodeQueryPart(scalar(item))).join(separator)}`];
  }
  if (isObject(value)) {
    return Object.entries(value)
      .filter(([, item]) => item !== undefined)
      .map(([name, item]) =>
        spec.style === 'deepObject'
          ? `${key}%5B${encodeQueryPart(name)}%5D=${encodeQueryPart(scalar(item))}`
          : `${encodeQueryPart(name)}=${encodeQueryPart(scalar(item))}`,
      );
  }
  return [`${key}=${encodeQueryPart(scalar(value))}`];
}

/** Percent-encodes a query name or value, keeping the unreserved characters and `:@/`. */
export function encodeQueryPart(text: string): string {
  return strictEncode(text).replace(/%(3A|40|2F)/g, (escape) => decodeURIComponent(escape));
}

export function encodeHeader(value: unknown): string {
  return Array.isArray(value) ? value.map(scalar).join(',') : scalar(value);
}

/**
 * Text for a scalar: strings as they are, numbers and bigints in full, a `Date` as RFC 3339 (one the
 * spec writes otherwise has its codec), JSON for the rest.
 */
export function scalar(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value instanceof Date) return value.toISOString().replace('.000Z', 'Z');
  if (typeof value === 'number' || typeof value === 'bigint' || typeof value === 'boolean') {
    return String(value);
  }
  if (value === null) return 'null';
  return stringifyJson(value);
}

/** An encoded request body and its content type (none for multipart: fetch sets the boundary). */
export interface EncodedBody {
  body: BodyInit;
  contentType: string | undefined;
  /** A stream can be sent only once, so the request cannot be retried. */
  replayable: boolean;
}

export async function encodeBody(spec: BodySpec, wire: unknown): Promise<EncodedBody> {
  switch (spec.kind) {
    case 'json':
      return {
        body: stringifyJson(wire),
        contentType: spec.contentType,
        replayable: true,
      };
    case 'form':
      return {
        body: formBody(spec, wire),
        contentType: spec.contentType,
        replayable: true,
      };
    case 'multipart':
      return {
        body: await multipartBody(spec, wire),
        contentType: undefined,
        replayable: true,
      };
    case 'text':
      return {
        body: scalar(wire),
        contentType: spec.contentType,
        replayable: true,
      };
    case 'binary':
      return binaryBody(spec, wire);
  }
}

/**
 * An `application/x-www-form-urlencoded` body. Each property's style (decided by the API) says how
 * its arrays and objects are written: `deep` uses brackets, objects by key and arrays by index
 * (`metadata[key]=v`, `expand[0]=a`); `form` repeats the key per array item and writes an
 * object's properties as their own keys; `csv`, `ssv` and `pipes` join the items (an object's
 * keys and values) into one value. Without a style arrays repeat their key and objects use
 * brackets; array items that are arrays or objects always use brackets and indexes.
 */
function formBody(spec: BodySpec, wire: unknown): string {
  const form = new URLSearchParams();
  for (const [key, value] of entries(wire)) {
    const style = spec.styles?.[key];
    if (value === null) continue;
    if (style === 'deep') {
      appendDeep(form, key, value);
    } else if (style !== undefined && style !== 'form' && (Array.isArray(value) || isObject(value))) {
      const items = Array.isArray(value) ? value : entries(value).flat();
      form.append(key, items.map(scalar).join(JOINERS[style]));
    } else if (style === 'form' && isObject(value)) {
      for (const [name, item] of entries(value)) appendForm(form, name, item);
    } else {
      appendForm(form, key, value);
    }
  }
  return form.toString();
}

const JOINERS: Record<'csv' | 'ssv' | 'pipes', string> = { csv: ',', ssv: ' ', pipes: '|' };

function appendDeep(form: URLSearchParams, key: string, value: unknown): void {
  if (value === null || value === undefined) return;
  if (Array.isArray(value)) {
    value.forEach((item, index) => appendDeep(form, `${key}[${index}]`, item));
  } else if (isObject(value)) {
    for (const [name, item] of entries(value)) appendDeep(form, `${key}[${name}]`, item);
  } else {
    form.append(key, scalar(value));
  }
}

function appendForm(form: URLSearchParams, key: string, value: unknown): void {
  if (value === null) return;
  if (
    isObject(value) ||
    (Array.isArray(value) && value.some((item) => Array.isArray(item) || isObject(item)))
  ) {
    appendDeep(form, key, value);
  } else if (Array.isArray(value)) {
    for (const item of value) form.append(key, scalar(item));
  } else {
    form.append(key, scalar(value));
  }
}

async function multipartBody(spec: BodySpec, wire: unknown): Promise<FormData> {
  const form = new FormData();
  for (const [key, value] of entries(wire)) {
    const items = Array.isArray(value) ? value : [value];
    for (const item of items) {
      await appendPart(form, key, item, spec.contentTypes?.[key]);
    }
  }
  return form;
}

async function appendPart(
  form: FormData,
  key: string,
  value: unknown,
  contentType: string | undefined,
): Promise<void> {
  if (isUploadable(value)) {
    const name = (value as { name?: unknown }).name;
    const blob = await toBlob(value, contentType);
    form.append(key, blob, typeof name === 'string' ? name : key);
  } else if (Array.isArray(value)) {
    form.append(key, value.map(scalar).join(','));
  } else {
    form.append(key, scalar(value));
  }
}

async function binaryBody(spec: BodySpec, wire: unknown): Promise<EncodedBody> {
  const contentType = spec.contentType;
  if (typeof wire === 'string') return { body: wire, contentType, replayable: true };
  if (isReadableStream(wire)) return { body: wire, contentType, replayable: false };
  const blob = await toBlob(wire as Uploadable);
  return {
    body: blob,
    contentType: blob.type || contentType,
    replayable: true,
  };
}

function entries(value: unknown): [string, unknown][] {
  return isObject(value) ? Object.entries(value).filter(([, item]) => item !== undefined) : [];
}

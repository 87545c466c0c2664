import { InvalidRequestError } from './errors.js';

/**
 * Converts between the wire (JSON as parsed) and the SDK's values: property names where the SDK
 * renames them, integers where it reads int64 as `bigint`, date-times as `Date`. Generated code
 * builds one codec per type, each a separate module-level constant, so that a bundle keeps only the
 * codecs of the calls it makes. Decoding never fails: a property whose value does not have its declared type is left
 * out of the object and kept aside, readable with {@link mismatched}; other values of an unexpected
 * shape are passed through unchanged.
 */
export interface Codec {
  /** Set on a property's codec when its values are personal data (see {@link personal}). */
  readonly personal?: true;
  decode(value: unknown): unknown;
  encode(value: unknown): unknown;
  /**
   * Whether a wire value decodes to the declared type: scalars by their type, arrays and maps item
   * by item; any object passes for an object type, since its own properties are checked in turn.
   */
  accepts(value: unknown): boolean;
  /** Whether a wire value looks like this type; used to pick a variant of an untagged union. */
  matchesWire(value: unknown): boolean;
  /** Whether an SDK value looks like this type; used to pick a variant when encoding. */
  matchesValue(value: unknown): boolean;
}

type Check = (value: unknown) => boolean;

function scalar(check: Check, decode: (value: unknown) => unknown = (v) => v): Codec {
  return {
    decode,
    encode: (value) => value,
    accepts: check,
    matchesWire: check,
    matchesValue: check,
  };
}

/** Any value, unchanged. */
export const same: Codec = scalar(() => true);
export const string: Codec = scalar((v) => typeof v === 'string');
export const boolean: Codec = scalar((v) => typeof v === 'boolean');
/** A number; integers too large for a double stay `bigint` rather than being rounded. */
export const number: Codec = scalar((v) => typeof v === 'number' || typeof v === 'bigint');
const isInteger: Check = (v) => typeof v === 'bigint' || Number.isInteger(v);
/** A 64-bit integer read as a `number`: one beyond 2^53 is rounded, as `JSON.parse` rounds it. */
export const integer: Codec = scalar(isInteger, (v) => (typeof v === 'bigint' ? Number(v) : v));
/** A 64-bit integer read as a `bigint`, exact at any size. */
export const int64: Codec = scalar(isInteger, (v) =>
  typeof v === 'number' && Number.isInteger(v) ? BigInt(v) : v,
);

/**
 * What a date-time's text looks like: RFC 3339, or RFC 2822 with a day of one or two digits and
 * any zone (`+0000`, `GMT`). Checked before `Date.parse`, which takes almost any text for a date.
 */
const DATE_TIME_TEXT = /^(\d{4}-\d\d-\d\d[Tt ]\d\d:\d\d|([A-Za-z]{3}, *)?\d\d? [A-Za-z]{3} \d{4} \d\d:\d\d)/;

/** An RFC 3339 date-time without its offset, which `Date.parse` would read as local time. */
const NO_OFFSET = /^\d{4}-\d\d-\d\d[Tt ]\d\d:\d\d(:\d\d(\.\d+)?)?$/;

/**
 * The instant a date-time text names, in milliseconds; `NaN` when it is not one. A text without an
 * offset is UTC, as a `Date` is written and as the SDKs of the other languages read it.
 */
const instant = (v: unknown): number => {
  if (typeof v !== 'string' || !DATE_TIME_TEXT.test(v)) return NaN;
  return Date.parse(NO_OFFSET.test(v) ? `${v.slice(0, 10)}T${v.slice(11)}Z` : v);
};

/**
 * A date-time: read as a `Date` from either format, written by `write` from a `Date`. A text that
 * is not a date-time is not accepted (an object keeps it aside, see {@link mismatched}); a string
 * given for a `Date` is sent as it is.
 */
function dateTimeCodec(write: (date: Date) => string): Codec {
  const accepts: Check = (v) => !Number.isNaN(instant(v));
  return {
    decode: (v) => (accepts(v) ? new Date(instant(v)) : v),
    encode: (v) => {
      if (!(v instanceof Date)) return v;
      if (Number.isNaN(v.getTime())) throw new InvalidRequestError('A date-time to send is an invalid Date.');
      return write(v);
    },
    accepts,
    matchesWire: accepts,
    matchesValue: (v) => v instanceof Date || typeof v === 'string',
  };
}

/**
 * A date-time written as RFC 3339 text in UTC, milliseconds only where there are some
 * (`2023-08-24T05:01:45Z`), as Twilio's own SDK writes it.
 */
export const dateTime: Codec = dateTimeCodec((date) => date.toISOString().replace('.000Z', 'Z'));
/** A date-time written as RFC 2822 text in UTC (`Thu, 24 Aug 2023 05:01:45 +0000`). */
export const dateTimeRfc2822: Codec = dateTimeCodec((date) => date.toUTCString().replace('GMT', '+0000'));

export function literal(expected: unknown): Codec {
  return scalar((v) => v === expected);
}

export function nullable(inner: Codec): Codec {
  return {
    decode: (v) => (v === null ? null : inner.decode(v)),
    encode: (v) => (v === null ? null : inner.encode(v)),
    accepts: (v) => v === null || inner.accepts(v),
    matchesWire: (v) => v === null || inner.matchesWire(v),
    matchesValue: (v) => v === null || inner.matchesValue(v),
  };
}

export function array(item: Codec): Codec {
  const map = (v: unknown, f: (x: unknown) => unknown) => (Array.isArray(v) ? v.map(f) : v);
  return {
    decode: (v) => map(v, (x) => item.decode(x)),
    encode: (v) => map(v, (x) => item.encode(x)),
    accepts: (v) => Array.isArray(v) && v.every((x) => item.accepts(x)),
    matchesWire: Array.isArray,
    matchesValue: Array.isArray,
  };
}

/** A JSON object used as a map: keys are kept, values converted. */
export function record(values: Codec): Codec {
  const map = (v: unknown, f: (x: unknown) => unknown) => {
    if (!isObject(v)) return v;
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(v)) out[key] = f(item);
    return out;
  };
  return {
    decode: (v) => map(v, (x) => values.decode(x)),
    encode: (v) => map(v, (x) => values.encode(x)),
    accepts: (v) => isObject(v) && Object.values(v).every((x) => values.accepts(x)),
    matchesWire: isObject,
    matchesValue: isObject,
  };
}

/** Resolves a codec on first use, so that declarations may refer to each other in any order. */
export function lazy(resolve: () => Codec): Codec {
  let codec: Codec | undefined;
  const get = () => (codec ??= resolve());
  return {
    decode: (v) => get().decode(v),
    encode: (v) => get().encode(v),
    accepts: (v) => get().accepts(v),
    matchesWire: (v) => get().matchesWire(v),
    matchesValue: (v) => get().matchesValue(v),
  };
}

/**
 * One property, keyed by its SDK name: `[codec, required, wire name]`, `required` 1 for a required
 * property and the wire name given only where it differs from the SDK name; an optional property
 * named as on the wire is its codec alone.
 */
export type Field = Codec | FieldTuple;
type FieldTuple = readonly [codec: Codec, required?: 0 | 1, wire?: string];

/**
 * An object with known properties. Properties the SDK does not know are kept under their wire
 * name; `extra` converts the values of such properties (additionalProperties).
 */
export function object(fields: () => Record<string, Field>, extra: Codec = same): Codec {
  let table: ObjectTable | undefined;
  const get = () => (table ??= new ObjectTable(fields(), extra));
  return {
    decode: (v) => (isObject(v) ? get().decode(v) : v),
    encode: (v) => (isObject(v) ? get().encode(v) : v),
    accepts: isObject,
    matchesWire: (v) => isObject(v) && get().hasRequired(v, 0),
    matchesValue: (v) => isObject(v) && get().hasRequired(v, 1),
  };
}

/**
 * A property holding personal data: read and written as `codec` does, but an object decoded with
 * it shows `***` for its value when Node's `util.inspect` (and so `console.log`) prints the object.
 * The hook is a non-enumerable symbol property: it is not sent, not in `JSON.stringify`, and the
 * value itself stays readable.
 */
export function personal(codec: Codec): Codec {
  return { ...codec, personal: true };
}

/** What the text of a model shows in place of personal data (docs/plan.md, "Redaction"). */
export const MASK = '***';

const INSPECT = Symbol.for('nodejs.util.inspect.custom');

/** Node inspects what the hook returns: a copy with the personal values masked. */
function masking(object: Record<string, unknown>, names: readonly string[]): void {
  Object.defineProperty(object, INSPECT, {
    value: () => {
      const shown: Record<string, unknown> = { ...object };
      for (const name of names) {
        if (shown[name] !== undefined && shown[name] !== null) shown[name] = MASK;
      }
      return shown;
    },
  });
}

/** A field's name on the wire. */
const wireName = (name: string, field: FieldTuple): string => field[2] ?? name;

/** An object with additional properties whose values `extra` converts, besides its known ones. */
export function openObject(extra: Codec, fields: () => Record<string, Field>): Codec {
  return object(fields, extra);
}

class ObjectTable {
  private readonly byWire = new Map<string, string>();
  private readonly fields: Record<string, FieldTuple> = {};
  private readonly personal: string[] = [];

  constructor(
    fields: Record<string, Field>,
    private readonly extra: Codec,
  ) {
    for (const [name, field] of Object.entries(fields)) {
      const tuple: FieldTuple = 'decode' in field ? [field] : field;
      this.fields[name] = tuple;
      this.byWire.set(wireName(name, tuple), name);
      if (tuple[0].personal === true) this.personal.push(name);
    }
  }

  decode(wire: Record<string, unknown>): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    let aside: Record<string, unknown> | undefined;
    for (const [key, value] of Object.entries(wire)) {
      const name = this.byWire.get(key);
      const field = name === undefined ? undefined : this.fields[name];
      if (name !== undefined && field !== undefined) {
        if (field[0].accepts(value)) {
          out[name] = field[0].decode(value);
        } else {
          (aside ??= {})[key] = value;
        }
      } else if (!(key in this.fields)) {
        out[key] = this.extra.decode(value);
      }
    }
    if (aside !== undefined) {
      Object.defineProperty(out, MISMATCHED, { value: Object.freeze(aside) });
    }
    if (this.personal.length > 0) masking(out, this.personal);
    return out;
  }

  /** Writes the known properties in schema order, then the others as they are. */
  encode(value: Record<string, unknown>): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const [name, field] of Object.entries(this.fields)) {
      const item = value[name];
      if (item !== undefined) out[wireName(name, field)] = field[0].encode(item);
    }
    for (const [key, item] of Object.entries(value)) {
      if (item === undefined || key in this.fields || this.byWire.has(key)) continue;
      out[key] = this.extra.encode(item);
    }
    return out;
  }

  /** Whether every required property is present, by wire name (0) or SDK name (1). */
  hasRequired(value: Record<string, unknown>, side: 0 | 1): boolean {
    for (const [name, field] of Object.entries(this.fields)) {
      if (field[1] === 1 && !((side === 0 ? wireName(name, field) : name) in value)) {
        return false;
      }
    }
    return true;
  }
}

/**
 * A union told apart by a property. A value whose discriminator this SDK does not know is kept as
 * it is, with only the discriminator renamed, so that it can be read and sent back.
 */
export function tagged(name: string, wire: string, variants: () => Record<string, Codec>): Codec {
  let table: Record<string, Codec> | undefined;
  const variant = (tag: unknown) => {
    table ??= variants();
    return typeof tag === 'string' ? table[tag] : undefined;
  };
  return {
    decode: (v) => {
      if (!isObject(v)) return v;
      const codec = variant(v[wire]);
      return codec ? codec.decode(v) : rename(v, wire, name);
    },
    encode: (v) => {
      if (!isObject(v)) return v;
      const codec = variant(v[name]);
      return codec ? codec.encode(v) : rename(v, name, wire);
    },
    accepts: isObject,
    matchesWire: (v) => isObject(v) && wire in v,
    matchesValue: (v) => isObject(v) && name in v,
  };
}

/** A union without a discriminator: the first variant that matches the value's shape wins. */
export function untagged(variants: () => readonly Codec[]): Codec {
  let list: readonly Codec[] | undefined;
  const all = () => (list ??= variants());
  return {
    decode: (v) => {
      const codec = all().find((c) => c.matchesWire(v));
      return codec ? codec.decode(v) : v;
    },
    encode: (v) => {
      const codec = all().find((c) => c.matchesValue(v));
      return codec ? codec.encode(v) : v;
    },
    accepts: (v) => all().some((c) => c.accepts(v)),
    matchesWire: (v) => all().some((c) => c.matchesWire(v)),
    matchesValue: (v) => all().some((c) => c.matchesValue(v)),
  };
}

const MISMATCHED = Symbol('mismatched');
const NONE: Readonly<Record<string, unknown>> = Object.freeze({});

/**
 * The properties of a decoded object whose values did not have their declared types, by wire
 * name, as the server sent them. Such a property is absent from the object itself, even when its
 * type says it is required.
 */
export function mismatched(value: object): Readonly<Record<string, unknown>> {
  const aside = (value as { [MISMATCHED]?: Readonly<Record<string, unknown>> })[MISMATCHED];
  return aside ?? NONE;
}

function rename(value: Record<string, unknown>, from: string, to: string): Record<string, unknown> {
  if (from === to || !(from in value)) return value;
  const { [from]: moved, ...rest } = value;
  return { ...rest, [to]: moved };
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Converts between the wire (JSON property names as the API spells them, integers as parsed) and
 * the SDK's values (camelCase properties, `bigint` for int64). Decoding never fails: a property
 * whose value does not have its declared type is left out of the object and kept aside, readable
 * with {@link mismatched}; other values of an unexpected shape are passed through unchanged.
 */
export interface Codec {
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
/** A 64-bit integer, always a `bigint` in the SDK. */
export const int64: Codec = scalar(
  (v) => typeof v === 'bigint' || Number.isInteger(v),
  (v) => (typeof v === 'number' && Number.isInteger(v) ? BigInt(v) : v),
);

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

/** `[wire name, codec, required]` for one property, keyed by its SDK name. */
export type Field = readonly [wire: string, codec: Codec, required?: boolean];

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

class ObjectTable {
  private readonly byWire = new Map<string, string>();

  constructor(
    private readonly fields: Record<string, Field>,
    private readonly extra: Codec,
  ) {
    for (const [name, field] of Object.entries(fields)) {
      this.byWire.set(field[0], name);
    }
  }

  decode(wire: Record<string, unknown>): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    let aside: Record<string, unknown> | undefined;
    for (const [key, value] of Object.entries(wire)) {
      const name = this.byWire.get(key);
      const field = name === undefined ? undefined : this.fields[name];
      if (name !== undefined && field !== undefined) {
        if (field[1].accepts(value)) {
          out[name] = field[1].decode(value);
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
    return out;
  }

  /** Writes the known properties in schema order, then the others as they are. */
  encode(value: Record<string, unknown>): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const [name, field] of Object.entries(this.fields)) {
      const item = value[name];
      if (item !== undefined) out[field[0]] = field[1].encode(item);
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
      if (field[2] === true && !((side === 0 ? field[0] : name) in value)) {
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

/**
 * How generated code describes a codec: a type expression such as `Call`, `int64[]`, `{string}`
 * (a map) or `Recording?` (nullable); or, per SDK property name, `'TYPE[!] wire_name'` with `!`
 * marking a required property. `$tagged: 'name wire'` with `Variant: ['value', ...]` entries
 * describes a discriminated union, `$untagged: 'A B'` one without a discriminator and `$extra` the
 * type of additional properties.
 */
export type CodecSource = string | Readonly<Record<string, string | readonly string[]>>;

type SourceTable = Readonly<Record<string, string | readonly string[]>>;

/** The codecs of one API by type name, compiled from their sources on first use. */
export class Registry {
  private readonly codecs = new Map<string, Codec>();

  constructor(private readonly sources: Readonly<Record<string, CodecSource>>) {}

  /** The codec of a type expression. */
  parse(expression: string): Codec {
    const reader = new TypeReader(expression, this);
    const codec = reader.read();
    reader.end();
    return codec;
  }

  named(name: string): Codec {
    let codec = this.codecs.get(name);
    if (codec === undefined) {
      codec = lazy(() => this.compile(name));
      this.codecs.set(name, codec);
    }
    return codec;
  }

  private compile(name: string): Codec {
    const source = this.sources[name];
    if (source === undefined) return same;
    if (typeof source === 'string') return this.parse(source);
    const tagged = text(source, '$tagged');
    if (tagged !== undefined) return this.tagged(tagged, source);
    const variants = text(source, '$untagged');
    if (variants !== undefined) {
      return untagged(() => untaggedNames(variants).map((t) => this.parse(t)));
    }
    return this.object(source);
  }

  private object(source: SourceTable): Codec {
    const extra = text(source, '$extra');
    return object(
      () => {
        const fields: Record<string, Field> = {};
        for (const [name, spec] of Object.entries(source)) {
          if (name.startsWith('$') || typeof spec !== 'string') continue;
          const space = spec.indexOf(' ');
          const type = spec.slice(0, space);
          const required = type.endsWith('!');
          const codec = this.parse(required ? type.slice(0, -1) : type);
          fields[name] = [spec.slice(space + 1), codec, required];
        }
        return fields;
      },
      extra === undefined ? same : this.parse(extra),
    );
  }

  private tagged(spec: string, source: SourceTable): Codec {
    const space = spec.indexOf(' ');
    return tagged(spec.slice(0, space), spec.slice(space + 1), () => {
      const variants: Record<string, Codec> = {};
      for (const [type, values] of Object.entries(source)) {
        if (type.startsWith('$') || typeof values === 'string') continue;
        for (const value of values) variants[value] = this.named(type);
      }
      return variants;
    });
  }
}

/** A string entry of a source table. */
function text(source: SourceTable, key: string): string | undefined {
  const value = source[key];
  return typeof value === 'string' ? value : undefined;
}

function untaggedNames(list: string): string[] {
  return list.split(' ').filter((item) => item !== '');
}

class TypeReader {
  private pos = 0;

  constructor(
    private readonly text: string,
    private readonly registry: Registry,
  ) {}

  read(): Codec {
    let codec: Codec;
    if (this.text[this.pos] === '{') {
      this.pos++;
      codec = record(this.read());
      this.expect('}');
    } else {
      codec = this.name();
    }
    for (;;) {
      if (this.text.startsWith('[]', this.pos)) {
        this.pos += 2;
        codec = array(codec);
      } else if (this.text[this.pos] === '?') {
        this.pos++;
        codec = nullable(codec);
      } else {
        return codec;
      }
    }
  }

  end(): void {
    if (this.pos !== this.text.length) this.fail();
  }

  private name(): Codec {
    const match = /^[A-Za-z0-9_$]+/.exec(this.text.slice(this.pos));
    if (match === null) return this.fail();
    this.pos += match[0].length;
    return SCALARS[match[0]] ?? this.registry.named(match[0]);
  }

  private expect(c: string): void {
    if (this.text[this.pos] !== c) this.fail();
    this.pos++;
  }

  private fail(): never {
    throw new Error(`Invalid type expression '${this.text}' at ${this.pos}`);
  }
}

const SCALARS: Readonly<Record<string, Codec>> = {
  any: same,
  string,
  boolean,
  number,
  int64,
};

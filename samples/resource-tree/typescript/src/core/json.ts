/**
 * Lossless JSON. Integers beyond Number.MAX_SAFE_INTEGER are parsed as `bigint` instead of being
 * rounded, and `bigint` values are written as plain JSON numbers.
 */

/** Any JSON value as this SDK reads it: big integers arrive as `bigint`. */
export type JsonValue =
  null | boolean | number | bigint | string | JsonValue[] | { [key: string]: JsonValue };

const LONG_INTEGER = /\d{16}/;

/** Arrays and objects nested deeper than this are refused, whichever parser reads the text. */
export const MAX_JSON_DEPTH = 1000;

/**
 * Parses JSON text; integers that a double cannot hold exactly become `bigint`. Throws a
 * `SyntaxError` for malformed text or nesting deeper than `MAX_JSON_DEPTH`.
 */
export function parseJson(text: string): unknown {
  if (!LONG_INTEGER.test(text)) {
    checkDepth(text);
    return JSON.parse(text);
  }
  return new Parser(text).parseDocument();
}

function checkDepth(text: string): void {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) {
      inString = true;
    } else if (c === 0x5b || c === 0x7b) {
      if (++depth > MAX_JSON_DEPTH) throw new SyntaxError(`JSON nested deeper than ${MAX_JSON_DEPTH} levels`);
    } else if (c === 0x5d || c === 0x7d) {
      depth--;
    }
  }
}

class Parser {
  private pos = 0;
  private depth = 0;

  constructor(private readonly text: string) {}

  parseDocument(): unknown {
    const value = this.value();
    this.whitespace();
    if (this.pos !== this.text.length) {
      this.fail('unexpected trailing text');
    }
    return value;
  }

  private value(): unknown {
    this.whitespace();
    const c = this.text[this.pos];
    if (c === '{' || c === '[') {
      if (++this.depth > MAX_JSON_DEPTH) this.fail(`nested deeper than ${MAX_JSON_DEPTH} levels`);
      const nested = c === '{' ? this.object() : this.array();
      this.depth--;
      return nested;
    }
    if (c === '"') return this.string();
    if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) {
      return this.number();
    }
    for (const [word, value] of WORDS) {
      if (this.text.startsWith(word, this.pos)) {
        this.pos += word.length;
        return value;
      }
    }
    return this.fail('unexpected character');
  }

  private object(): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    this.pos++;
    this.whitespace();
    if (this.text[this.pos] === '}') {
      this.pos++;
      return out;
    }
    for (;;) {
      this.whitespace();
      const key = this.string();
      this.whitespace();
      this.expect(':');
      out[key] = this.value();
      this.whitespace();
      if (this.text[this.pos] === '}') {
        this.pos++;
        return out;
      }
      this.expect(',');
    }
  }

  private array(): unknown[] {
    const out: unknown[] = [];
    this.pos++;
    this.whitespace();
    if (this.text[this.pos] === ']') {
      this.pos++;
      return out;
    }
    for (;;) {
      out.push(this.value());
      this.whitespace();
      if (this.text[this.pos] === ']') {
        this.pos++;
        return out;
      }
      this.expect(',');
    }
  }

  private string(): string {
    if (this.text[this.pos] !== '"') {
      this.fail('expected a string');
    }
    const start = this.pos;
    this.pos++;
    for (;;) {
      const c = this.text[this.pos];
      if (c === undefined) this.fail('unterminated string');
      if (c === '\\') {
        this.pos += 2;
      } else {
        this.pos++;
        if (c === '"') break;
      }
    }
    return JSON.parse(this.text.slice(start, this.pos)) as string;
  }

  private number(): number | bigint {
    const match = NUMBER.exec(this.text.slice(this.pos, this.pos + 400));
    if (match === null) {
      return this.fail('invalid number');
    }
    this.pos += match[0].length;
    const isInteger = match[1] === undefined && match[2] === undefined;
    const value = Number(match[0]);
    if (isInteger && !Number.isSafeInteger(value)) {
      return BigInt(match[0]);
    }
    return value;
  }

  private whitespace(): void {
    while (WHITESPACE.has(this.text[this.pos] ?? '')) {
      this.pos++;
    }
  }

  private expect(c: string): void {
    if (this.text[this.pos] !== c) {
      this.fail(`expected '${c}'`);
    }
    this.pos++;
  }

  private fail(message: string): never {
    throw new SyntaxError(`Invalid JSON at position ${this.pos}: ${message}`);
  }
}

const NUMBER = /^-?(?:0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/;
const WHITESPACE = new Set([' ', '\t', '\n', '\r']);
const WORDS: ReadonlyArray<readonly [string, unknown]> = [
  ['true', true],
  ['false', false],
  ['null', null],
];

/** Writes JSON like `JSON.stringify`, with `bigint` values as exact numbers. */
export function stringifyJson(value: unknown): string {
  return write(value) ?? 'null';
}

function write(value: unknown): string | undefined {
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value);
    case 'number':
      return Number.isFinite(value) ? String(value) : 'null';
    case 'bigint':
      return value.toString();
    case 'boolean':
      return value ? 'true' : 'false';
    case 'object':
      return value === null ? 'null' : writeObject(value);
    default:
      return undefined;
  }
}

function writeObject(value: object): string {
  const json = (value as { toJSON?: () => unknown }).toJSON;
  if (typeof json === 'function') {
    return write(json.call(value)) ?? 'null';
  }
  if (Array.isArray(value)) {
    return `[${value.map((item) => write(item) ?? 'null').join(',')}]`;
  }
  const parts: string[] = [];
  for (const [key, item] of Object.entries(value)) {
    const written = write(item);
    if (written !== undefined) {
      parts.push(`${JSON.stringify(key)}:${written}`);
    }
  }
  return `{${parts.join(',')}}`;
}

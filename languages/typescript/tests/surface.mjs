// Reads a generated TypeScript SDK's surface back from its sources and compares it with the plan.
// From each resources/*.ts: the operations table (HTTP method, path, each param's location and wire
// name, the body's codec, param and renamed fields), the params interface (which properties are
// optional) and the method signatures (name, return type); the body fields' wire names come from
// the object codecs in codecs.ts. Every planned operation must be found, and agree.
// Usage: node surface.mjs PLAN_JSON SDK_DIR
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const LOCATIONS = { path: 'PATH', query: 'QUERY', header: 'HEADER', cookie: 'COOKIE' };

/** Stands for the API's codecs (`C.Call` reads as `{ codec: 'Call' }`) where a literal is evaluated. */
const API_CODECS = new Proxy({}, { get: (_, name) => ({ codec: name }) });
/** Stands for the runtime's codecs: `$.nullable(C.Call)` reads as `C.Call`. */
const RUNTIME_CODECS = new Proxy({}, { get: () => (inner) => inner });

/** The object literal that starts at `marker` in `text`, evaluated (strings, objects and codecs). */
function literal(text, marker) {
  const start = text.indexOf(marker);
  if (start < 0) return undefined;
  const open = text.indexOf('{', start + marker.length - 1);
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '{') depth++;
    if (text[i] === '}' && --depth === 0) {
      return new Function('C', '$', `return (${text.slice(open, i + 1)});`)(API_CODECS, RUNTIME_CODECS);
    }
  }
  throw new Error(`unterminated literal after ${marker}`);
}

/** The wire name of each property of each object codec in codecs.ts, by codec and SDK name. */
function wireNames(text) {
  const found = {};
  for (const declaration of text.split(/^(?=export const )/m)) {
    const [, name, body] = /^export const (\w+): \$\.Codec =\s*\/\* @__PURE__ \*\/ \$\.(?:object|openObject)\(([\s\S]*)/.exec(declaration) ?? [];
    if (name === undefined) continue;
    const names = {};
    for (const [, key, items] of body.matchAll(/^ +('(?:[^'\\]|\\.)*'|[^\s:']+): \[([\s\S]*?)\],$/gm)) {
      const own = key.startsWith("'") ? new Function(`return ${key};`)() : key;
      const wire = /,\s*('(?:[^'\\]|\\.)*'),?\s*$/.exec(items);
      names[own] = wire === null ? own : new Function(`return ${wire[1]};`)();
    }
    found[name] = names;
  }
  return found;
}

/** name -> { property -> required } for every exported interface. */
function interfaces(text) {
  const found = {};
  for (const match of text.matchAll(/^export interface (\w+) \{\n([\s\S]*?)^\}/gm)) {
    const props = {};
    for (const prop of match[2].matchAll(/^ {2}('(?:[^'\\]|\\.)*'|[^\s?:']+)(\??):/gm)) {
      props[prop[1].startsWith("'") ? new Function(`return ${prop[1]};`)() : prop[1]] = prop[2] !== '?';
    }
    found[match[1]] = props;
  }
  return found;
}

function shape(returns) {
  if (returns.startsWith('PagePromise<')) return 'paged';
  if (returns.startsWith('APIPromise<Stream<')) return 'stream';
  if (returns === 'APIPromise<Response>') return 'binary';
  return returns === 'APIPromise<void>' ? 'none' : 'value';
}

function surface(sdk) {
  const codecs = wireNames(readFileSync(join(sdk, 'src/codecs.ts'), 'utf8'));
  const found = new Map();
  const dir = join(sdk, 'src/resources');
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts')).sort()) {
    const text = readFileSync(join(dir, file), 'utf8');
    const operations = literal(text, 'const operations = {');
    if (operations === undefined) continue;
    const params = interfaces(text);
    const signature = /^ {2}(\w+)\(\s*(?:params: (\w+)(?: = \{\})?,\s*)?options\?: RequestOptions,?\s*\): ([^{]+?) \{$/gm;
    for (const [, name, paramsType, returns] of text.matchAll(signature)) {
      const op = operations[name];
      const props = paramsType ? params[paramsType] : {};
      const inputs = {};
      for (const [param, required] of Object.entries(props)) {
        const spec = op.params?.[param];
        if (spec !== undefined) {
          const [where, ...wire] = spec.split(' ');
          inputs[`${LOCATIONS[where.replace(/[-.].*$/, '')]} ${wire.join(' ')}`] = required;
        } else if (op.body?.param === param) {
          inputs['BODY '] = required;
        } else {
          const own = op.body?.fields?.[param] ?? param;
          inputs[`BODY_FIELD ${codecs[op.body.codec.codec][own]}`] = required;
        }
      }
      found.set(`${op.method} ${op.path}`, { name, inputs, shape: shape(returns.replace(/\s+/g, '')) });
    }
  }
  return found;
}

const SHAPES = { model: 'value', list: 'value', text: 'value', none: 'none', paged: 'paged', stream: 'stream', binary: 'binary' };
const camel = (words) => words.map((w, i) => (i === 0 ? w : w[0].toUpperCase() + w.slice(1))).join('');
const sorted = (object) => JSON.stringify(Object.entries(object).sort());

const plan = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const sdk = surface(process.argv[3]);
const problems = [];
let operations = 0;
let inputs = 0;
for (const resource of plan.resources) {
  for (const op of resource.operations) {
    const key = `${op.httpMethod} ${op.path}`;
    const actual = sdk.get(key);
    if (actual === undefined) {
      problems.push(`${op.id}: no method calls ${key}`);
      continue;
    }
    sdk.delete(key);
    operations++;
    const wanted = camel(op.method.words);
    if (actual.name !== wanted && !actual.name.startsWith(wanted)) problems.push(`${op.id}: method ${actual.name}, plan says ${wanted}`);
    const expected = Object.fromEntries((op.inputs ?? []).map((i) => [`${i.location} ${i.wire ?? ''}`, Boolean(i.required)]));
    inputs += Object.keys(expected).length;
    if (sorted(actual.inputs) !== sorted(expected)) {
      problems.push(`${op.id}: inputs ${sorted(actual.inputs)}, plan says ${sorted(expected)}`);
    }
    if (actual.shape !== SHAPES[op.result.shape]) problems.push(`${op.id}: returns ${actual.shape}, plan says ${op.result.shape}`);
  }
}
for (const key of sdk.keys()) problems.push(`${key}: method not in the plan`);
for (const problem of problems) console.log(`surface: ${problem}`);
console.log(`surface: ${operations} operations and ${inputs} inputs read from the SDK, ${problems.length} differ from the plan`);
process.exit(problems.length === 0 ? 0 : 1);

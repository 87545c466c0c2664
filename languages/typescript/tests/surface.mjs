// Reads a generated TypeScript SDK's surface back with the TypeScript compiler API (the SDK's own
// tsconfig.json opened as a project) and compares it with the plan. From each resources/*.ts syntax
// tree: the operations table (HTTP method, path, each param's location and wire name, the body's
// codec, param and renamed fields, the pagination), the params interfaces (which properties are
// optional) and the class's methods (name, params type, return type); the body fields' wire names
// come from the codec registry in codecs.ts. Every planned operation must be found, and agree.
// Usage: node surface.mjs PLAN_JSON SDK_DIR
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const tools = join(dirname(fileURLToPath(import.meta.url)), '.tools/node_modules/typescript/dist');
const { API } = await import(join(tools, 'api/sync/api.js'));
const { SyntaxKind } = await import(join(tools, 'ast/index.js'));

const LOCATIONS = { path: 'PATH', query: 'QUERY', header: 'HEADER', cookie: 'COOKIE' };

/** The value of a literal expression that holds only strings, booleans and objects (satisfies/as unwrapped). */
function value(node) {
  switch (node.kind) {
    case SyntaxKind.StringLiteral:
    case SyntaxKind.NoSubstitutionTemplateLiteral:
      return node.text;
    case SyntaxKind.TrueKeyword:
      return true;
    case SyntaxKind.FalseKeyword:
      return false;
    case SyntaxKind.SatisfiesExpression:
    case SyntaxKind.AsExpression:
    case SyntaxKind.ParenthesizedExpression:
      return value(node.expression);
    case SyntaxKind.ObjectLiteralExpression:
      return Object.fromEntries(node.properties.map((p) => [p.name.text, value(p.initializer)]));
    default:
      return undefined;
  }
}

function source(sf, node) {
  return sf.text.slice(node.pos, node.end).trim();
}

/** The initializer of the top-level `const NAME = ...` in a source file. */
function constant(sf, name) {
  for (const statement of sf.statements) {
    if (statement.kind !== SyntaxKind.VariableStatement) continue;
    const declaration = statement.declarationList.declarations.find((d) => d.name.text === name);
    if (declaration) return declaration.initializer;
  }
  return undefined;
}

/** name -> { property -> required } for every interface. */
function interfaces(sf) {
  const found = {};
  for (const statement of sf.statements.filter((s) => s.kind === SyntaxKind.InterfaceDeclaration)) {
    found[statement.name.text] = Object.fromEntries(statement.members
      .filter((m) => m.kind === SyntaxKind.PropertySignature)
      .map((m) => [m.name.text, m.postfixToken?.kind !== SyntaxKind.QuestionToken]));
  }
  return found;
}

/** The public methods of every class: name, params type name (if any), return type text. */
function methods(sf) {
  const found = [];
  for (const statement of sf.statements.filter((s) => s.kind === SyntaxKind.ClassDeclaration)) {
    for (const member of statement.members.filter((m) => m.kind === SyntaxKind.MethodDeclaration && m.type)) {
      const params = member.parameters.find((p) => p.name.text === 'params');
      found.push({
        name: member.name.text,
        paramsType: params?.type ? source(sf, params.type) : undefined,
        returns: source(sf, member.type).replace(/\s+/g, ''),
      });
    }
  }
  return found;
}

const PAGING_STYLES = { cursor: 'cursor', offset: 'offset', nextUrl: 'next-url', linkHeader: 'link-header' };

/** One line for a pagination, the same for the plan's and the SDK's: only the parts that are set. */
function pagingText(style, items, { param, next, hasMore, limit, lastItem, pages }) {
  const parts = [style, `items=${items}`];
  for (const [label, value] of [['param', param], ['next', next], ['hasMore', hasMore], ['limit', limit]]) {
    if (value) parts.push(`${label}=${value}`);
  }
  if (lastItem) parts.push('lastItem');
  if (pages) parts.push('pages');
  return parts.join(' ');
}

function plannedPaging(p) {
  const dotted = (key) => (p[key] ?? []).join('.');
  return pagingText(p.style, dotted('items'), {
    param: p.cursorParam ?? p.offsetParam,
    next: dotted('nextCursor') || dotted('nextUrl'),
    hasMore: dotted('hasMore'),
    limit: p.limitParam,
    lastItem: p.lastItem,
    pages: p.pages,
  });
}

function sdkPaging(p) {
  return p === undefined ? undefined : pagingText(PAGING_STYLES[p.style], p.items, p);
}

function shape(returns) {
  if (returns.startsWith('PagePromise<')) return 'paged';
  if (returns.startsWith('APIPromise<Stream<')) return 'stream';
  if (returns === 'APIPromise<Response>') return 'binary';
  return returns === 'APIPromise<void>' ? 'none' : 'value';
}

function surface(sdk) {
  const api = new API({ cwd: sdk });
  try {
    const project = api.updateSnapshot({ openProject: join(sdk, 'tsconfig.json') }).getProjects()[0];
    const program = project.program;
    const codecs = program.getSourceFile(join(sdk, 'src/codecs.ts'));
    const registry = value(constant(codecs, 'registry').arguments[0]);
    const found = new Map();
    const files = program.getSourceFileNames().filter((f) => f.startsWith(join(sdk, 'src/resources/'))).sort();
    for (const file of files) {
      const sf = program.getSourceFile(file);
      const table = constant(sf, 'operations');
      if (table === undefined) continue;
      const operations = value(table);
      const params = interfaces(sf);
      for (const { name, paramsType, returns } of methods(sf)) {
        const op = operations[name];
        if (op === undefined) continue;
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
            const codec = registry[op.body.codec.replace(/\?$/, '')][own];
            inputs[`BODY_FIELD ${codec.split(' ').slice(1).join(' ')}`] = required;
          }
        }
        found.set(`${op.method} ${op.path}`, { name, inputs, shape: shape(returns), paging: sdkPaging(op.pagination) });
      }
    }
    return found;
  } finally {
    api.close();
  }
}

const SHAPES = { model: 'value', list: 'value', text: 'value', none: 'none', paged: 'paged', stream: 'stream', binary: 'binary' };
const camel = (words) => words.map((w, i) => (i === 0 ? w : w[0].toUpperCase() + w.slice(1))).join('');
const sorted = (object) => JSON.stringify(Object.entries(object).sort());

const plan = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const sdk = surface(resolve(process.argv[3]));
const problems = [];
let operations = 0;
let inputs = 0;
let pages = 0;
for (const resource of plan.resources ?? []) {
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
    if (op.result.pagination !== undefined) {
      pages++;
      const wanted = plannedPaging(op.result.pagination);
      if (actual.paging !== wanted) problems.push(`${op.id}: pages ${actual.paging}, plan says ${wanted}`);
    }
  }
}
for (const key of sdk.keys()) problems.push(`${key}: method not in the plan`);
for (const problem of problems) console.log(`surface: ${problem}`);
console.log(`surface: ${operations} operations, ${inputs} inputs and ${pages} paginations read from the SDK, ${problems.length} differ from the plan`);
process.exit(problems.length === 0 ? 0 : 1);

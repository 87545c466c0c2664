// Reads a generated TypeScript SDK's surface back with the TypeScript compiler API (the SDK's own
// tsconfig.json opened as a project) and compares it with the plan. From each resources/*.ts syntax
// tree: the operations table (HTTP method, path, each param's location and wire name, the body's
// codec, param and renamed fields, the result codec, the pagination), the params interfaces (which
// properties are optional) and the class's declared methods (name, params type, return type; the
// runtime defines each from the table entry of its name); from codecs.ts, each type's constant and, for object codecs, each property's wire
// name (written only where it differs from the SDK name). Every planned operation must be called by
// exactly one method and agree (method name, inputs, result shape, result codec where the plan's
// type has one, pagination); every codec the operations name must be declared in codecs.ts. For a
// spec with a resource tree (the plan's `tree`), a resource's module has a table per class
// (`listOperations` for its collection, an interface, and `contextOperations` for its member), its
// methods are named as the tree names them, and the path parameters whose values the resource holds
// are expected in no method's params. The plan is the one `switchboard plan -l typescript` prints,
// whose tree names methods as TypeScript does (its `verbs` option).
// Usage: node surface.mjs PLAN_JSON SDK_DIR
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const tools = join(dirname(fileURLToPath(import.meta.url)), '.tools/node_modules/typescript/dist');
const { API } = await import(join(tools, 'api/sync/api.js'));
const { SyntaxKind } = await import(join(tools, 'ast/index.js'));

const LOCATIONS = { p: 'PATH', q: 'QUERY', h: 'HEADER', c: 'COOKIE' };

/** `satisfies`, `as` and parentheses taken off an expression. */
function bare(node) {
  while ([SyntaxKind.SatisfiesExpression, SyntaxKind.AsExpression, SyntaxKind.ParenthesizedExpression].includes(node.kind)) {
    node = node.expression;
  }
  return node;
}

/**
 * A codec expression as text: `C.Call` is `Call`, a runtime call `$.array(C.Call)` is
 * `array(Call)`, a runtime codec `$.string` is `$string`.
 */
function codecText(node) {
  node = bare(node);
  if (node.kind === SyntaxKind.PropertyAccessExpression && node.expression.kind === SyntaxKind.Identifier) {
    const owner = node.expression.text;
    if (owner === 'C') return node.name.text;
    if (owner === '$') return `$${node.name.text}`;
  }
  if (node.kind === SyntaxKind.Identifier) return node.text;
  if (node.kind === SyntaxKind.CallExpression && node.expression.kind === SyntaxKind.PropertyAccessExpression) {
    return `${node.expression.name.text}(${node.arguments.map(codecText).join(', ')})`;
  }
  throw new Error(`not a codec: ${SyntaxKind[node.kind]}`);
}

/** A codec named in the operations table, by its text (`array(Call)`). */
class CodecRef {
  constructor(text) {
    this.text = text;
  }
}

/**
 * The value of a literal expression of strings, booleans, numbers, arrays, objects and codecs; an
 * identifier is one of the file's SHARED constants (a value its operations repeat).
 */
function value(node, shared = new Map()) {
  node = bare(node);
  if (node.kind === SyntaxKind.Identifier && shared.has(node.text)) return value(shared.get(node.text), shared);
  switch (node.kind) {
    case SyntaxKind.StringLiteral:
    case SyntaxKind.NoSubstitutionTemplateLiteral:
      return node.text;
    case SyntaxKind.NumericLiteral:
      return Number(node.text);
    case SyntaxKind.TrueKeyword:
      return true;
    case SyntaxKind.FalseKeyword:
      return false;
    case SyntaxKind.ArrayLiteralExpression:
      return node.elements.map((e) => value(e, shared));
    case SyntaxKind.ObjectLiteralExpression:
      return Object.fromEntries(node.properties.map((p) => [p.name.text, value(p.initializer, shared)]));
    default:
      return new CodecRef(codecText(node));
  }
}

/** The top-level `const NAME = ...` declarations of a source file, by name. */
function constants(sf) {
  const found = new Map();
  for (const statement of sf.statements.filter((s) => s.kind === SyntaxKind.VariableStatement)) {
    for (const declaration of statement.declarationList.declarations) {
      if (declaration.initializer) found.set(declaration.name.text, declaration.initializer);
    }
  }
  return found;
}

/**
 * Each codec constant of codecs.ts: name -> the SDK name -> wire name of each property of an object
 * codec (`$.object(() => ({...}))`, `$.openObject(extra, () => ({...}))`, or an earlier such constant
 * of the same codec), or null for other codecs.
 */
function codecTable(sf) {
  const found = new Map();
  for (const [name, initializer] of constants(sf)) {
    const call = bare(initializer);
    if (call.kind === SyntaxKind.Identifier) {
      found.set(name, found.get(call.text) ?? null); // the same codec as an earlier type's
      continue;
    }
    const runtime = call.kind === SyntaxKind.CallExpression ? codecText(call.expression) : undefined;
    const fields = { $object: call.arguments?.[0], $openObject: call.arguments?.[1] }[runtime];
    if (fields === undefined) {
      found.set(name, null);
      continue;
    }
    const properties = bare(fields.body);
    const wires = {};
    for (const property of properties.properties) {
      const field = bare(property.initializer);
      const [, , wire] = field.kind === SyntaxKind.ArrayLiteralExpression ? field.elements.map((e) => bare(e)) : [];
      wires[property.name.text] = wire === undefined ? property.name.text : wire.text;
    }
    found.set(name, wires);
  }
  return found;
}

/** name -> { property -> required } for every interface. */
function interfaces(sf) {
  const found = {};
  for (const statement of sf.statements.filter((s) => s.kind === SyntaxKind.InterfaceDeclaration)) {
    found[statement.name.text] = Object.fromEntries(statement.members
      .filter((m) => m.kind === SyntaxKind.PropertySignature)
      .map((m) => [m.name.text, m.questionToken === undefined && m.postfixToken?.kind !== SyntaxKind.QuestionToken]));
  }
  return found;
}

function source(sf, node) {
  return sf.text.slice(node.pos, node.end).trim();
}

/** Whether the route has a placeholder `{NAME}` that no path parameter of the table fills. */
/** A parameter's spec text: the entry, or its first item where it is `[spec, codec]` (date-times). */
const specText = (entry) => (Array.isArray(entry) ? entry[0] : entry);

function inRoute(op, name) {
  const listed = Object.entries(op.params ?? {}).map(([param, entry]) => [param, specText(entry)])
    .filter(([, spec]) => spec.startsWith('p'))
    .map(([param, spec]) => spec.split(' ')[1] ?? param);
  return op.route.includes(`{${name}}`) && !listed.includes(name);
}

/**
 * The methods every resource class declares (`declare NAME: (params: P, options?) => R;`, defined at
 * run time from the operations table under the same key): name, params type, return type, and the
 * table: the one the class's `static { this._define(TABLE) }` names. A keyed collection of the
 * client's tree is an interface whose methods (`NAME: (params: P, options?) => R;`) come from
 * `listOperations`.
 */
function methods(sf) {
  const found = [];
  const declared = (members, kind, table) => {
    for (const member of members.filter((m) => m.kind === kind && m.type?.kind === SyntaxKind.FunctionType)) {
      const params = member.type.parameters.find((p) => p.name.text === 'params');
      found.push({
        name: member.name.text,
        table,
        paramsType: params?.type ? source(sf, params.type) : undefined,
        returns: source(sf, member.type.type).replace(/\s+/g, ''),
      });
    }
  };
  for (const statement of sf.statements.filter((s) => s.kind === SyntaxKind.ClassDeclaration)) {
    const block = statement.members.find((m) => m.kind === SyntaxKind.ClassStaticBlockDeclaration);
    const define = block?.body.statements[0]?.expression;
    const table = define?.arguments?.[0]?.text ?? 'operations';
    declared(statement.members, SyntaxKind.PropertyDeclaration, table);
  }
  for (const statement of sf.statements.filter((s) => s.kind === SyntaxKind.InterfaceDeclaration)) {
    declared(statement.members, SyntaxKind.PropertySignature, 'listOperations');
  }
  return found;
}

const PAGING_STYLES = { cursor: 'cursor', offset: 'offset', nextUrl: 'next-url', linkHeader: 'link-header' };

/** One line for a pagination, the same for the plan's and the SDK's: only the parts that are set. */
function pagingText(style, items, item, { param, next, hasMore, limit, lastItem, pages }) {
  const parts = [style, `items=${items}`];
  if (item) parts.push(`item=${item}`);
  for (const [label, part] of [['param', param], ['next', next], ['hasMore', hasMore], ['limit', limit]]) {
    if (part) parts.push(`${label}=${part}`);
  }
  if (lastItem) parts.push('lastItem');
  if (pages) parts.push('pages');
  return parts.join(' ');
}

const RUNTIME_TYPES = {
  any: '$same',
  STRING: '$string',
  BOOLEAN: '$boolean',
  DATE_TIME: '$dateTime',
  DATE_TIME_RFC_2822: '$dateTimeRfc2822',
};

/**
 * A plan type as the codec text the SDK writes for it (`array(Call)`), or undefined where this
 * check does not know it (most primitives depend on options such as `int64`). A named type's codec
 * is the constant of its name, or of its name plus `Model` where the name is taken (the SDK's
 * runtime exports `Page`, for one) and so not declared.
 */
function typeText(type, codecs) {
  const inner = (t, wrap) => {
    const text = typeText(t, codecs);
    return text === undefined ? undefined : `${wrap}(${text})`;
  };
  switch (type?.kind) {
    case 'named':
      return codecs.has(type.id) ? type.id : `${type.id}Model`;
    case 'list':
      return inner(type.items, 'array');
    case 'nullable':
      return inner(type.inner, 'nullable');
    case 'map':
      return inner(type.values, 'record');
    case 'primitive':
      return RUNTIME_TYPES[type.primitive];
    default:
      return RUNTIME_TYPES[type?.kind];
  }
}

function plannedPaging(p, codecs) {
  const dotted = (key) => (p[key] ?? []).join('.');
  return pagingText(p.style, dotted('items'), typeText(p.itemType, codecs), {
    param: p.cursorParam ?? p.offsetParam,
    next: dotted('nextCursor') || dotted('nextUrl'),
    hasMore: dotted('hasMore'),
    limit: p.limitParam,
    lastItem: p.lastItem,
    pages: p.pages,
  });
}

/** The SDK's pagination; its item codec only where the plan's has a codec text to compare with. */
function sdkPaging(p, withItem) {
  return p === undefined ? undefined : pagingText(PAGING_STYLES[p.style] ?? p.style, p.items ?? '', withItem && p.item?.text, p);
}

/** The result shape from the method's return type and, for a delete's boolean, its table entry's response. */
function shape(returns, response) {
  if (returns.startsWith('PagePromise<')) return 'paged';
  if (returns.startsWith('APIPromise<Stream<')) return 'stream';
  if (returns === 'APIPromise<Response>') return 'binary';
  if (returns === 'APIPromise<boolean>' && response === 'deleted') return 'deleted';
  return returns === 'APIPromise<void>' ? 'none' : 'value';
}

/** Every codec a value of the operations table names (`array(Call)` names `Call`). */
function codecNames(node, names = []) {
  if (node instanceof CodecRef) {
    for (const [, name] of node.text.matchAll(/(?:^|\()([A-Za-z_]\w*)(?=\)|,|$)/g)) names.push(name);
  } else if (node !== null && typeof node === 'object') {
    for (const part of Object.values(node)) codecNames(part, names);
  }
  return names;
}

function surface(sdk, problems) {
  const api = new API({ cwd: sdk });
  try {
    const project = api.updateSnapshot({ openProject: join(sdk, 'tsconfig.json') }).getProjects()[0];
    const program = project.program;
    const codecs = codecTable(program.getSourceFile(join(sdk, 'src/codecs.ts')));
    const found = new Map();
    const files = program.getSourceFileNames().filter((f) => f.startsWith(join(sdk, 'src/resources/'))).sort();
    for (const file of files) {
      const sf = program.getSourceFile(file);
      const shared = constants(sf);
      const tables = {};
      for (const table of ['operations', 'listOperations', 'contextOperations']) {
        if (!shared.has(table)) continue;
        tables[table] = shared.get(table);
        shared.delete(table);
      }
      if (Object.keys(tables).length === 0) continue;
      for (const [table, node] of Object.entries(tables)) {
        tables[table] = value(node, shared);
        for (const name of codecNames(tables[table])) {
          if (!codecs.has(name)) problems.push(`${file}: codec ${name} is not in codecs.ts`);
        }
      }
      const params = interfaces(sf);
      for (const { name, table, paramsType, returns } of methods(sf)) {
        const op = tables[table]?.[name];
        if (op === undefined) continue;
        if ((op.noParams === true) !== (paramsType === undefined)) {
          problems.push(`${file}: ${name} ${paramsType ? 'takes params' : 'takes none'}, its table entry says otherwise`);
        }
        const props = paramsType ? params[paramsType] : {};
        if (props === undefined) {
          problems.push(`${file}: ${name} takes ${paramsType}, which the file does not declare`);
          continue;
        }
        const inputs = {};
        const itemLimit = op.pagination?.itemLimit;
        if (itemLimit !== undefined && props[itemLimit] !== false) {
          problems.push(`${file}: ${name} pages with the item limit ${itemLimit}, which its params lack or require`);
        }
        for (const [param, required] of Object.entries(props)) {
          if (param === itemLimit) continue;
          const spec = specText(op.params?.[param]) ?? (inRoute(op, param) ? 'p' : undefined);
          if (spec !== undefined) {
            const [where, ...wire] = spec.split(' ');
            inputs[`${LOCATIONS[where.replace(/[-.].*$/, '')]} ${wire.length === 0 ? param : wire.join(' ')}`] = required;
          } else if (op.body?.param === param) {
            inputs['BODY '] = required;
          } else {
            const own = op.body?.fields?.[param] ?? param;
            const wires = codecs.get(op.body?.codec?.text.replace(/^nullable\((.*)\)$/, '$1'));
            inputs[`BODY_FIELD ${wires?.[own] ?? `(${param}: neither a param nor a property of the body's codec)`}`] = required;
          }
        }
        const key = op.route;
        if (found.has(key)) problems.push(`${key}: called by both ${found.get(key).name} and ${name}`);
        found.set(key, {
          name,
          inputs,
          shape: shape(returns, op.response),
          codec: op.codec?.text,
          paging: op.pagination,
        });
      }
    }
    return { codecs, found };
  } finally {
    api.close();
  }
}

const SHAPES = {
  model: 'value',
  list: 'value',
  text: 'value',
  none: 'none',
  deleted: 'deleted',
  paged: 'paged',
  stream: 'stream',
  binary: 'binary',
};
const camel = (words) => words.map((w, i) => (i === 0 ? w : w[0].toUpperCase() + w.slice(1))).join('');
const sorted = (object) => JSON.stringify(Object.entries(object).sort());

const plan = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const problems = [];
/**
 * The client's tree: each operation its resource calls, with its method's name and the path
 * parameters (wire names) whose values the resource holds, which are not params: the first ones in
 * path order, as many as the ancestors' keys (and the resource's own key on its member).
 */
const treeMethods = new Map();
for (const node of plan.tree?.nodes ?? []) {
  const held = (methods, count) => {
    for (const method of methods ?? []) treeMethods.set(method.operation, { name: method.name, count });
  };
  held(node.collection, (node.bound ?? []).length);
  held(node.instance, (node.bound ?? []).length + (node.key === undefined ? 0 : 1));
}
const heldWires = (op) => {
  const method = treeMethods.get(op.id);
  if (method === undefined) return new Set();
  return new Set([...op.path.matchAll(/\{([^}]+)\}/g)].slice(0, method.count).map(([, wire]) => wire));
};
const { codecs, found: sdk } = surface(resolve(process.argv[3]), problems);
let operations = 0;
let inputs = 0;
let results = 0;
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
    const wanted = camel((treeMethods.get(op.id)?.name ?? op.method).words);
    if (actual.name !== wanted && !actual.name.startsWith(wanted)) problems.push(`${op.id}: method ${actual.name}, plan says ${wanted}`);
    const held = heldWires(op);
    const expected = Object.fromEntries((op.inputs ?? [])
      .filter((i) => !(i.location === 'PATH' && held.has(i.wire)))
      .map((i) => [`${i.location} ${i.wire ?? ''}`, Boolean(i.required)]));
    inputs += Object.keys(expected).length;
    if (sorted(actual.inputs) !== sorted(expected)) {
      problems.push(`${op.id}: inputs ${sorted(actual.inputs)}, plan says ${sorted(expected)}`);
    }
    if (actual.shape !== SHAPES[op.result.shape]) problems.push(`${op.id}: returns ${actual.shape}, plan says ${op.result.shape}`);
    const type = typeText(op.result.type, codecs);
    if (type !== undefined) {
      results++;
      if (actual.codec !== type) problems.push(`${op.id}: reads the result with ${actual.codec}, plan says ${type}`);
    }
    if (op.result.pagination !== undefined) {
      pages++;
      const limit = camel(op.result.itemLimit.words);
      if (actual.paging?.itemLimit !== limit) problems.push(`${op.id}: item limit ${actual.paging?.itemLimit}, plan says ${limit}`);
      const paging = plannedPaging(op.result.pagination, codecs);
      const given = sdkPaging(actual.paging, typeText(op.result.pagination.itemType, codecs) !== undefined);
      if (given !== paging) problems.push(`${op.id}: pages ${given}, plan says ${paging}`);
    } else if (actual.paging !== undefined) {
      problems.push(`${op.id}: pages ${sdkPaging(actual.paging, true)}, plan says it does not page`);
    }
  }
}
for (const key of sdk.keys()) problems.push(`${key}: method not in the plan`);
for (const problem of problems) console.log(`surface: ${problem}`);
console.log(`surface: ${operations} operations, ${inputs} inputs, ${results} result types and ${pages} paginations read from the SDK, ${problems.length} differ from the plan`);
process.exit(problems.length === 0 ? 0 : 1);

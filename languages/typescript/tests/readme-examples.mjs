// Turns the README's TypeScript examples of a generated SDK (every ```ts block except those that import, which
// show a program's own set-up) into a TypeScript file that tsc checks
// against the SDK's sources, and a module that runs every example against a stub `fetch`
// answering 200 without a network (so that a request the platform refuses to build fails).
// Usage: node readme-examples.mjs SDK_DIR OUT_DIR
//   writes OUT_DIR/tsconfig.json, OUT_DIR/readme.ts and OUT_DIR/readme.mjs; prints the count.
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const [sdk, out] = process.argv.slice(2).map((path) => resolve(path));
const readme = readFileSync(join(sdk, 'README.md'), 'utf8');
const clientClass = /^import \{ (\w+) \} from /m.exec(readme)?.[1];
if (clientClass === undefined) throw new Error('README: no import of the client class');
const examples = [...readme.matchAll(/```ts\n([\s\S]*?)```/g)]
  .map((match) => match[1])
  .filter((code) => !code.startsWith('import '));
if (readme.includes('\n#### ') && !examples.some((code) => code.includes('await client.'))) {
  throw new Error('README: no operation examples');
}
const variables = [...readme.matchAll(/^- `\w+` \(`(\w+)`\): /gm)].map((match) => match[1]);

const body = (code) => code.replace(/^(?=.)/gm, '  ');
const functions = examples.map((code, i) => `export async function example${i}(): Promise<void> {\n${body(code)}}\n`);
writeFileSync(
  join(out, 'readme.ts'),
  `import { ${clientClass} } from '${join(sdk, 'src/index.js')}';\n\ndeclare const client: ${clientClass};\n\n` +
    functions.join('\n'),
);
writeFileSync(
  join(out, 'tsconfig.json'),
  JSON.stringify({
    extends: join(sdk, 'tsconfig.json'),
    compilerOptions: { rootDir: '/', noEmit: true },
    include: [join(sdk, 'src'), 'readme.ts'],
  }),
);

const runs = examples.map((code, i) => `  [${i}, async () => {\n${body(code)}  }],\n`);
writeFileSync(
  join(out, 'readme.mjs'),
  `import { ${clientClass} } from '${pathToFileURL(join(sdk, 'dist/esm/index.js')).href}';

for (const name of ${JSON.stringify(variables)}) process.env[name] = 'example';

async function answer(url, init) {
  const request = new Request(url, init);
  await request.arrayBuffer();
  const accept = request.headers.get('accept') ?? '';
  const type = /json/.test(accept) ? 'application/json' : /event-stream/.test(accept) ? 'text/event-stream' : 'text/plain';
  return new Response(type === 'application/json' ? '{}' : '', { status: 200, headers: { 'content-type': type } });
}

const client = new ${clientClass}({ baseURL: 'http://127.0.0.1:9', maxRetries: 0, fetch: answer });
const examples = [
${runs.join('')}];
let failed = 0;
for (const [index, run] of examples) {
  try {
    await run();
  } catch (error) {
    failed++;
    if (failed <= 10) console.log(\`example \${index}: \${error?.stack ?? error}\`);
  }
}
console.log(\`README examples: \${examples.length - failed} passed, \${failed} failed\`);
process.exitCode = failed === 0 ? 0 : 1;
`,
);
console.log(examples.length);

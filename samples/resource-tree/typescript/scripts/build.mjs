// Builds the package: ES modules in dist/esm and CommonJS in dist/cjs, each with type declarations.
import { execFileSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const typescript = createRequire(import.meta.url).resolve('typescript/package.json');
const tsc = join(dirname(typescript), 'bin', 'tsc');
const builds = [
  { module: 'ES2022', outDir: 'dist/esm', type: 'module' },
  { module: 'CommonJS', outDir: 'dist/cjs', type: 'commonjs' },
];

rmSync('dist', { recursive: true, force: true });
for (const build of builds) {
  execFileSync(
    process.execPath,
    [tsc, '-p', 'tsconfig.json', '--module', build.module, '--outDir', build.outDir],
    {
      stdio: 'inherit',
    },
  );
  writeFileSync(`${build.outDir}/package.json`, `${JSON.stringify({ type: build.type })}\n`);
}

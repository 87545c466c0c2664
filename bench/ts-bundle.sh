#!/usr/bin/env bash
# TypeScript bundle benchmark (not run by ./test). Generates the SDKs of GitHub's and Stripe's specs
# (fetched by bench/fetch-specs.sh), writes a program that makes one call with each (GitHub: get a
# repository; Stripe: create a customer), bundles it with esbuild (minified, ES module, Node) and
# gzips it; does the same with @octokit/rest and stripe, and prints the sizes and our/their ratios.
#
#   bash bench/ts-bundle.sh
#
# Each SDK is measured twice: through its client class (`client.repos.get(...)`) and, where the SDK
# exports its resources on their own, with the one resource the program calls. The pinned tools are
# installed from npm into target/ts-bundle/tools on first use.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
work="$root/target/ts-bundle"
tools="$work/tools"
esbuild_version=0.28.2
octokit_version=22.0.1
stripe_version=23.1.0

if [[ ! -f $tools/node_modules/esbuild/package.json ]] \
  || ! grep -q "\"version\": \"$esbuild_version\"" "$tools/node_modules/esbuild/package.json" \
  || ! grep -q "\"version\": \"$octokit_version\"" "$tools/node_modules/@octokit/rest/package.json" 2>/dev/null \
  || ! grep -q "\"version\": \"$stripe_version\"" "$tools/node_modules/stripe/package.json" 2>/dev/null; then
  mkdir -p "$tools"
  printf '{ "name": "ts-bundle-tools", "private": true }\n' > "$tools/package.json"
  npm install --prefix "$tools" --no-audit --no-fund --save-exact --loglevel=error \
    "esbuild@$esbuild_version" "@octokit/rest@$octokit_version" "stripe@$stripe_version" > /dev/null
fi
esbuild="$tools/node_modules/.bin/esbuild"

specs="$(bash bench/fetch-specs.sh | tail -1)"
./switchboard languages > /dev/null # builds the CLI once
rm -rf "$work/sdk" "$work/programs"
mkdir -p "$work/sdk" "$work/programs"
./switchboard generate "$specs/github/api.github.com.json" -l typescript -o "$work/sdk/github" > /dev/null 2>&1
./switchboard generate "$specs/apis-guru/stripe.com.json" -l typescript -o "$work/sdk/stripe" > /dev/null 2>&1

# Writes PROGRAM.mjs calling OPERATION_ID of the SDK in DIR with the PARAMS literal: one program
# through the client (NAME-client.mjs) and, if the SDK exports its resources, one with the resource
# alone (NAME-resource.mjs). The method is found in the SDK's sources, not assumed.
write_programs() { # NAME DIR OPERATION_ID PARAMS
  node - "$@" "$work/programs" <<'JS'
const [name, dir, operationId, params, out] = process.argv.slice(2);
const fs = require('node:fs');
const path = require('node:path');
const src = path.join(dir, 'typescript', 'src');
const sdk = JSON.stringify(path.join(src, 'index.ts'));
for (const file of fs.readdirSync(path.join(src, 'resources'))) {
  const text = fs.readFileSync(path.join(src, 'resources', file), 'utf8');
  const at = text.indexOf(`id: '${operationId}',`);
  let method = at < 0 ? undefined : /(\w+): \{\n\s*$/.exec(text.slice(0, at))[1];
  // An entry without an id has the resource's id prefix and its name in kebab case.
  const prefix = /this\._define\(operations, '([^']*)'\)/.exec(text)?.[1];
  if (method === undefined && prefix !== undefined && operationId.startsWith(prefix)) {
    const name = operationId.slice(prefix.length).replace(/-([a-z])/g, (_, c) => c.toUpperCase());
    if (new RegExp(`\\n  ${name}: \\{\\n(?!    id: )`).test(text)) method = name;
  }
  if (method === undefined) continue;
  const resource = /export class (\w+) extends APIResource/.exec(text)[1];
  const client = fs.readFileSync(path.join(src, 'client.ts'), 'utf8');
  const created = client.indexOf(`new ${resource}(`);
  const property = [...client.slice(0, created).matchAll(/(?:readonly|get) (\w+)\b/g)].pop()[1];
  const clientClass = /export class (\w+) extends/.exec(client)[1];
  const call = (target) => `const result = await ${target}.${method}(${params});\nconsole.log(result);\n`;
  fs.writeFileSync(path.join(out, `${name}-client.mjs`),
    `import { ${clientClass} } from ${sdk};\n${call(`new ${clientClass}().${property}`)}`);
  const index = fs.readFileSync(path.join(src, 'index.ts'), 'utf8');
  const base = /export \{ (\w+), type ClientOptions \} from '\.\/client-base\.js';/.exec(index);
  if (base !== null && new RegExp(`\\b${resource}\\b`).test(index)) {
    fs.writeFileSync(path.join(out, `${name}-resource.mjs`),
      `import { ${base[1]}, ${resource} } from ${sdk};\n${call(`new ${resource}(new ${base[1]}())`)}`);
  }
  process.exit(0);
}
console.error(`${name}: no operation ${operationId}`);
process.exit(1);
JS
}
write_programs github "$work/sdk/github" repos/get "{ owner: 'octocat', repo: 'Hello-World' }"
write_programs stripe "$work/sdk/stripe" PostCustomers "{ email: 'jenny@example.com' }"
cat > "$work/programs/octokit.mjs" <<'JS'
import { Octokit } from '@octokit/rest';
const { data } = await new Octokit().rest.repos.get({ owner: 'octocat', repo: 'Hello-World' });
console.log(data);
JS
cat > "$work/programs/stripe-node.mjs" <<'JS'
import Stripe from 'stripe';
const customer = await new Stripe('sk_test_123').customers.create({ email: 'jenny@example.com' });
console.log(customer);
JS

declare -A minified gzipped
measure() { # PROGRAM
  local program="$work/programs/$1.mjs" bundle="$work/programs/$1.bundle.js"
  [[ -f $program ]] || return 0
  NODE_PATH="$tools/node_modules" "$esbuild" "$program" --bundle --minify --format=esm --platform=node \
    --target=es2022 --log-level=error --outfile="$bundle"
  minified[$1]=$(stat -c %s "$bundle")
  gzipped[$1]=$(gzip -9 -c "$bundle" | wc -c)
}
for program in github-client github-resource octokit stripe-client stripe-resource stripe-node; do
  measure "$program"
done

kb() { awk -v b="$1" 'BEGIN { printf "%.1f", b / 1024 }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2fx", a / b }'; }
printf 'esbuild %s --bundle --minify, gzip -9; sizes in KB\n' "$esbuild_version"
printf '%-34s %10s %10s %12s %12s\n' program minified gzip "min ratio" "gzip ratio"
row() { # PROGRAM REFERENCE
  [[ -n ${minified[$1]:-} ]] || return 0
  printf '%-34s %10s %10s %12s %12s\n' "$1" "$(kb "${minified[$1]}")" "$(kb "${gzipped[$1]}")" \
    "$(ratio "${minified[$1]}" "${minified[$2]}")" "$(ratio "${gzipped[$1]}" "${gzipped[$2]}")"
}
row octokit octokit
row github-client octokit
row github-resource octokit
row stripe-node stripe-node
row stripe-client stripe-node
row stripe-resource stripe-node

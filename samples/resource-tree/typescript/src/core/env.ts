type Env = Record<string, string | undefined>;

/** The JavaScript runtime and its version for the User-Agent: `node/20.11.0`, `bun/1.1.0`, `deno/1.44.0`. */
export function runtimeToken(): string {
  const global = globalThis as {
    process?: { versions?: Record<string, string | undefined> };
    Deno?: { version?: { deno?: string } };
  };
  const versions = global.process?.versions;
  if (versions?.bun !== undefined) return `bun/${versions.bun}`;
  if (global.Deno?.version?.deno !== undefined) return `deno/${global.Deno.version.deno}`;
  if (versions?.node !== undefined) return `node/${versions.node}`;
  return 'js';
}

/** Reads an environment variable where there is one (Node, Bun, Deno); undefined in browsers. */
export function readEnv(name: string): string | undefined {
  const global = globalThis as {
    process?: { env?: Env };
    Deno?: { env?: { get(name: string): string | undefined } };
  };
  let value: string | undefined;
  try {
    value = global.process?.env?.[name] ?? global.Deno?.env?.get(name);
  } catch {
    return undefined;
  }
  value = value?.trim();
  return value === '' ? undefined : value;
}

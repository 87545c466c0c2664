type Env = Record<string, string | undefined>;

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

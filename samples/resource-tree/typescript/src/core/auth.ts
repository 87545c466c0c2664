import { readEnv } from './env.js';
import { checkHeader } from './encoding.js';
import { MissingCredentialsError } from './errors.js';

/** A value the caller supplies: the client option it is passed as and its environment variable. */
export interface CredentialSpec {
  readonly option: string;
  readonly env: string;
}

export type SecuritySchemeSpec =
  | {
      readonly type: 'basic';
      readonly username: CredentialSpec;
      readonly password: CredentialSpec;
    }
  | { readonly type: 'bearer'; readonly token: CredentialSpec }
  | {
      readonly type: 'apiKey';
      readonly in: 'header' | 'query' | 'cookie';
      readonly name: string;
      readonly key: CredentialSpec;
    }
  | {
      readonly type: 'oauth2';
      readonly tokenUrl: string;
      readonly scopes: readonly string[];
      readonly clientId: CredentialSpec;
      readonly clientSecret: CredentialSpec;
    };

/** Where credentials end up in a request. */
export interface AuthTarget {
  headers: Headers;
  query: string[];
  cookies: string[];
}

type TokenSource = (
  tokenUrl: string,
  clientId: string,
  clientSecret: string,
  scopes: readonly string[],
) => Promise<string>;

/** Resolves credentials from options or the environment and applies a security requirement. */
export class Credentials {
  private readonly values = new Map<string, string>();

  constructor(
    private readonly schemes: Readonly<Record<string, SecuritySchemeSpec>>,
    options: Readonly<Record<string, unknown>>,
  ) {
    for (const scheme of Object.values(schemes)) {
      for (const credential of credentialsOf(scheme)) {
        const given = options[credential.option];
        const value = typeof given === 'string' && given !== '' ? given : readEnv(credential.env);
        if (value !== undefined) this.values.set(credential.option, value);
      }
    }
  }

  /**
   * Applies the first alternative whose credentials are all known. An empty list of alternatives,
   * or an empty alternative, means the operation may be called without credentials.
   */
  async apply(
    operation: string,
    alternatives: readonly (readonly string[])[],
    target: AuthTarget,
    tokens: TokenSource,
  ): Promise<void> {
    const usable = alternatives.find((names) => names.every((name) => this.has(name)));
    if (usable !== undefined) {
      for (const name of usable) await this.applyScheme(name, target, tokens);
      return;
    }
    if (alternatives.length > 0 && !alternatives.some((names) => names.length === 0)) {
      throw new MissingCredentialsError(this.missingMessage(operation, alternatives));
    }
  }

  /** The user name of a basic scheme, when it was given or found in the environment. */
  username(schemeName: string): string | undefined {
    const scheme = this.schemes[schemeName];
    return scheme?.type === 'basic' ? this.values.get(scheme.username.option) : undefined;
  }

  /** Lower-case header names and the query parameter names that carry credentials. */
  secretNames(): { headers: Set<string>; query: Set<string> } {
    const headers = new Set(['authorization', 'proxy-authorization', 'cookie']);
    const query = new Set<string>();
    for (const scheme of Object.values(this.schemes)) {
      if (scheme.type === 'apiKey' && scheme.in === 'header') headers.add(scheme.name.toLowerCase());
      if (scheme.type === 'apiKey' && scheme.in === 'query') query.add(scheme.name);
    }
    return { headers, query };
  }

  private has(schemeName: string): boolean {
    const scheme = this.schemes[schemeName];
    return scheme !== undefined && credentialsOf(scheme).every((c) => this.values.has(c.option));
  }

  private value(credential: CredentialSpec): string {
    return this.values.get(credential.option) ?? '';
  }

  private async applyScheme(name: string, target: AuthTarget, tokens: TokenSource): Promise<void> {
    const scheme = this.schemes[name];
    switch (scheme?.type) {
      case 'basic':
        target.headers.set(
          'Authorization',
          checkHeader('Authorization', basic(this.value(scheme.username), this.value(scheme.password))),
        );
        break;
      case 'bearer':
        target.headers.set(
          'Authorization',
          checkHeader('Authorization', `Bearer ${this.value(scheme.token)}`),
        );
        break;
      case 'apiKey':
        this.applyKey(scheme.in, scheme.name, this.value(scheme.key), target);
        break;
      case 'oauth2': {
        const token = await tokens(
          scheme.tokenUrl,
          this.value(scheme.clientId),
          this.value(scheme.clientSecret),
          scheme.scopes,
        );
        target.headers.set('Authorization', `Bearer ${token}`);
        break;
      }
    }
  }

  private applyKey(
    location: 'header' | 'query' | 'cookie',
    name: string,
    key: string,
    target: AuthTarget,
  ): void {
    if (location === 'header') target.headers.set(name, checkHeader(name, key));
    else if (location === 'query')
      target.query.push(`${encodeURIComponent(name)}=${encodeURIComponent(key)}`);
    else target.cookies.push(`${name}=${encodeURIComponent(key)}`);
  }

  private missingMessage(operation: string, alternatives: readonly (readonly string[])[]): string {
    const options = alternatives.map((names) => {
      const needed = names.flatMap((name) => {
        const scheme = this.schemes[name];
        return scheme === undefined ? [] : credentialsOf(scheme);
      });
      const missing = needed.filter((c) => !this.values.has(c.option));
      return missing.map((c) => `\`${c.option}\` (or the environment variable ${c.env})`).join(' and ');
    });
    return `${operation} needs credentials: pass ${options.join(', or pass ')} when creating the client.`;
  }
}

/** `Basic` authorization of UTF-8 user name and password. */
export function basic(username: string, password: string): string {
  const bytes = new TextEncoder().encode(`${username}:${password}`);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return `Basic ${btoa(binary)}`;
}

function credentialsOf(scheme: SecuritySchemeSpec): CredentialSpec[] {
  switch (scheme.type) {
    case 'basic':
      return [scheme.username, scheme.password];
    case 'bearer':
      return [scheme.token];
    case 'apiKey':
      return [scheme.key];
    case 'oauth2':
      return [scheme.clientId, scheme.clientSecret];
  }
}

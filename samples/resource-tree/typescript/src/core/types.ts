declare const unrecognized: unique symbol;

/**
 * The discriminator of a union variant this SDK version does not know. At run time it is the
 * string the server sent: read it with `String(value)`.
 */
export type Unrecognized = typeof unrecognized;

/** A union variant this SDK version does not know, kept as received. */
export type UnknownVariant<K extends string> = {
  readonly [P in K]: Unrecognized;
} & { readonly [key: string]: unknown };

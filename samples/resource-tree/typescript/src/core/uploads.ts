/** Data that can be sent as a file or a binary body. */
export type Uploadable =
  Blob | Uint8Array | ArrayBuffer | ReadableStream<Uint8Array> | AsyncIterable<Uint8Array>;

/** A Blob with a file name, such as a `File`. */
export type NamedBlob = Blob & { readonly name: string };

/**
 * Turns bytes, a stream or a Blob into a Blob with a file name and media type, for multipart
 * uploads on platforms without `File`.
 */
export async function toFile(
  value: Uploadable,
  name: string,
  options: { type?: string } = {},
): Promise<NamedBlob> {
  const blob = await toBlob(value, options.type);
  return Object.assign(blob, { name });
}

/** Reads any uploadable value into a Blob. */
export async function toBlob(value: Uploadable, type?: string): Promise<Blob> {
  if (value instanceof Blob) {
    if (type === undefined || value.type !== '') return value;
    return new Blob([value], { type });
  }
  const parts: BlobPart[] = [];
  if (value instanceof Uint8Array || value instanceof ArrayBuffer) {
    parts.push(value as BlobPart);
  } else {
    for await (const chunk of iterate(value)) parts.push(chunk as BlobPart);
  }
  return new Blob(parts, type === undefined ? {} : { type });
}

export function isUploadable(value: unknown): value is Uploadable {
  return (
    value instanceof Blob ||
    value instanceof Uint8Array ||
    value instanceof ArrayBuffer ||
    isReadableStream(value) ||
    (typeof value === 'object' && value !== null && Symbol.asyncIterator in value)
  );
}

export function isReadableStream(value: unknown): value is ReadableStream<Uint8Array> {
  return (
    typeof value === 'object' && value !== null && typeof (value as ReadableStream).getReader === 'function'
  );
}

async function* iterate(
  value: ReadableStream<Uint8Array> | AsyncIterable<Uint8Array>,
): AsyncIterable<Uint8Array> {
  if (!isReadableStream(value)) {
    yield* value;
    return;
  }
  const reader = value.getReader();
  try {
    for (;;) {
      const { done, value: chunk } = await reader.read();
      if (done) return;
      yield chunk;
    }
  } finally {
    reader.releaseLock();
  }
}

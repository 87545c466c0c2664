import type { Codec } from './codec.js';
import { APIDecodeError } from './errors.js';
import { parseJson } from './json.js';

/** One server-sent event as it arrived. */
export interface ServerSentEvent {
  event: string;
  data: string;
  id: string | undefined;
}

/**
 * Server-sent events as an async iterable of typed values: `for await (const event of stream)`.
 * Breaking out of the loop closes the connection.
 */
export class Stream<T> implements AsyncIterable<T> {
  constructor(
    /** The HTTP response the events are read from. */
    readonly response: Response,
    private readonly codec: Codec | undefined,
  ) {}

  async *[Symbol.asyncIterator](): AsyncIterator<T> {
    for await (const event of this.events()) {
      if (event.data === '[DONE]') return;
      yield this.decode(event.data);
    }
  }

  /** The raw events, with their names and ids. */
  async *events(): AsyncIterable<ServerSentEvent> {
    const body = this.response.body;
    if (body === null) return;
    const reader = body.getReader();
    const parser = new EventParser();
    const decoder = new TextDecoder();
    try {
      for (;;) {
        const { done, value } = await reader.read();
        const text = done ? decoder.decode() : decoder.decode(value, { stream: true });
        yield* parser.push(text, done);
        if (done) return;
      }
    } finally {
      await reader.cancel().catch(() => undefined);
    }
  }

  private decode(data: string): T {
    if (this.codec === undefined) return data as T;
    let raw: unknown;
    try {
      raw = parseJson(data);
    } catch (error) {
      throw new APIDecodeError(this.response.status, data, `Undecodable event data: ${String(error)}`);
    }
    return this.codec.decode(raw) as T;
  }
}

class EventParser {
  private buffer = '';
  private data: string[] = [];
  private event = '';
  private id: string | undefined;

  *push(text: string, end: boolean): Iterable<ServerSentEvent> {
    this.buffer += text;
    const lines = this.buffer.split(/\r\n|\r|\n/);
    this.buffer = end ? '' : (lines.pop() ?? '');
    if (end) lines.push('');
    for (const line of lines) {
      const event = this.line(line);
      if (event !== undefined) yield event;
    }
  }

  private line(line: string): ServerSentEvent | undefined {
    if (line === '') return this.dispatch();
    if (line.startsWith(':')) return undefined;
    const colon = line.indexOf(':');
    const field = colon === -1 ? line : line.slice(0, colon);
    let value = colon === -1 ? '' : line.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    if (field === 'data') this.data.push(value);
    else if (field === 'event') this.event = value;
    else if (field === 'id') this.id = value;
    return undefined;
  }

  private dispatch(): ServerSentEvent | undefined {
    if (this.data.length === 0) return undefined;
    const event = {
      event: this.event || 'message',
      data: this.data.join('\n'),
      id: this.id,
    };
    this.data = [];
    this.event = '';
    return event;
  }
}

import { connect, type Socket } from 'node:net';

/**
 * A client for Marionette, the remote protocol built into every Firefox (no driver to
 * download). Frames are `<byte length>:<json>`; on connect Firefox sends a hello object, then
 * each command is `[0, id, name, params]` and each reply `[1, id, error, result]`.
 * Commands: https://firefox-source-docs.mozilla.org/testing/marionette/Protocol.html
 */
export class MarionetteError extends Error {
  constructor(
    readonly command: string,
    readonly error: string,
    message: string,
  ) {
    super(`${command}: ${error}: ${message}`);
  }
}

type Pending = { name: string; resolve: (value: unknown) => void; reject: (error: Error) => void; timer: NodeJS.Timeout };

export class Marionette {
  private buffer = Buffer.alloc(0);
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private hello?: (value: unknown) => void;
  private closed: Error | null = null;

  private constructor(private readonly socket: Socket) {
    socket.on('data', (chunk) => this.receive(chunk));
    socket.on('error', (error) => this.fail(error));
    socket.on('close', () => this.fail(new Error('Marionette connection closed')));
  }

  /** Connects and waits for Firefox's hello. */
  static async connect(port: number, timeoutMs = 10_000): Promise<Marionette> {
    const socket = connect(port, '127.0.0.1');
    const client = new Marionette(socket);
    await withTimeout(new Promise((resolve) => (client.hello = resolve)), timeoutMs, 'Marionette hello');
    return client;
  }

  /** Sends one command and resolves with its result; rejects on an error reply or after `timeoutMs`. */
  command<T = unknown>(name: string, params: object = {}, timeoutMs = 30_000): Promise<T> {
    if (this.closed) return Promise.reject(this.closed);
    const id = this.nextId++;
    const json = Buffer.from(JSON.stringify([0, id, name, params]));
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new Error(`${name}: no answer from Firefox in ${timeoutMs} ms`));
      }, timeoutMs);
      this.pending.set(id, { name, resolve: resolve as (value: unknown) => void, reject, timer });
      this.socket.write(Buffer.concat([Buffer.from(`${json.length}:`), json]));
    });
  }

  close(): void {
    this.socket.destroy();
  }

  private receive(chunk: Buffer | string): void {
    this.buffer = Buffer.concat([this.buffer, Buffer.from(chunk)]);
    for (;;) {
      const colon = this.buffer.indexOf(0x3a); // ':'
      if (colon < 0) return;
      const length = Number(this.buffer.subarray(0, colon).toString());
      if (this.buffer.length < colon + 1 + length) return;
      const message = JSON.parse(this.buffer.subarray(colon + 1, colon + 1 + length).toString());
      this.buffer = this.buffer.subarray(colon + 1 + length);
      if (!Array.isArray(message)) {
        this.hello?.(message);
        continue;
      }
      const [, id, error, result] = message as [1, number, { error: string; message: string } | null, unknown];
      const waiting = this.pending.get(id);
      if (!waiting) continue;
      this.pending.delete(id);
      clearTimeout(waiting.timer);
      if (error) waiting.reject(new MarionetteError(waiting.name, error.error, error.message));
      else waiting.resolve(result);
    }
  }

  private fail(error: Error): void {
    this.closed ??= error;
    for (const [id, waiting] of this.pending) {
      clearTimeout(waiting.timer);
      waiting.reject(new Error(`${waiting.name}: ${error.message}`));
      this.pending.delete(id);
    }
  }
}

export async function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`${what}: timed out after ${ms} ms`)), ms)));
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

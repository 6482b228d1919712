/**
 * This file defines the few HTTP helpers the sandbox server needs on node:http: reading a
 * request's body (bytes or UTF-8 text) with a size limit, and answering with text or JSON.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';

/** An error whose message is the answer's text, with its HTTP status. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

export async function readBody(request: IncomingMessage, limitBytes: number): Promise<string> {
  return (await readBytes(request, limitBytes)).toString('utf8');
}

/** The body's bytes, for a file whose encoding is yet to be found. */
export async function readBytes(request: IncomingMessage, limitBytes: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > limitBytes) throw new HttpError(413, `The request is over ${limitBytes} bytes.`);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

export async function readJson(request: IncomingMessage): Promise<unknown> {
  const text = await readBody(request, JSON_LIMIT_BYTES);
  try {
    return JSON.parse(text);
  } catch {
    throw new HttpError(400, 'The request is not JSON.');
  }
}

const JSON_LIMIT_BYTES = 1_000_000;

export function sendText(
  response: ServerResponse,
  status: number,
  contentType: string,
  text: string,
): void {
  response.writeHead(status, {
    'content-type': `${contentType}; charset=utf-8`,
    // the sandbox serves what changes with every build and every click: never from a cache
    'cache-control': 'no-store',
  });
  response.end(text);
}

export function sendJson(response: ServerResponse, value: unknown, status = 200): void {
  sendText(response, status, 'application/json', JSON.stringify(value));
}

// Reads a JSON request body with a hard size limit, counting bytes as they arrive so that a
// missing or lying Content-Length cannot get more than the limit into memory.
import type { Context } from 'hono';
import { HttpProblem } from './errors.ts';

export const MAX_BODY_BYTES = 64 * 1024;

const tooLarge = () =>
  new HttpProblem(
    413,
    'payload_too_large',
    `The request body is larger than ${MAX_BODY_BYTES / 1024} KiB.`,
  );

function isJsonContentType(value: string | undefined): boolean {
  if (!value) return false;
  const type = value.split(';')[0]?.trim().toLowerCase() ?? '';
  return type === 'application/json' || /^application\/[a-z0-9.+-]+\+json$/.test(type);
}

/** Raw bytes of the body, at most `limit`; throws 413 beyond it. */
export async function readLimitedBody(
  request: Request,
  limit = MAX_BODY_BYTES,
): Promise<Uint8Array<ArrayBuffer>> {
  const declared = Number(request.headers.get('content-length') ?? NaN);
  if (Number.isFinite(declared) && declared > limit) throw tooLarge();
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge();
    }
    chunks.push(value);
  }
  const body = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}

/** 415 for a non-JSON content type, 413 over the limit, 422 for a missing or unparsable body. */
export async function readJsonBody(c: Context): Promise<unknown> {
  if (!isJsonContentType(c.req.header('content-type'))) {
    throw new HttpProblem(415, 'unsupported_media_type', 'Send the body as application/json.');
  }
  const bytes = await readLimitedBody(c.req.raw);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new HttpProblem(422, 'json_invalid', 'Invalid UTF-8', [
      { loc: ['body'], msg: 'The body is not valid UTF-8', type: 'json_invalid' },
    ]);
  }
  if (text.trim() === '') {
    throw new HttpProblem(422, 'missing', 'Field required', [
      { loc: ['body'], msg: 'Field required', type: 'missing' },
    ]);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    // JSON.parse messages can quote the input (a secret); say where, never what.
    throw new HttpProblem(422, 'json_invalid', 'JSON decode error', [
      { loc: ['body'], msg: 'JSON decode error', type: 'json_invalid' },
    ]);
  }
}

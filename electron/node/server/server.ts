/**
 * The local browser mode's transport: a loopback HTTP server (127.0.0.1 only, a random port) that
 * serves the built renderer and carries the same handler table as Electron IPC. Every API call
 * must carry the per-run token, come from this very origin, and name this host (no DNS rebinding).
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { CONTENT_SECURITY_POLICY } from '@shared/contract/csp';
import { dispatch, type Handlers } from '@shared/contract/dispatch';
import { fail } from '@shared/contract/result';
import { staticFile } from './static-files';

/** Imports carry a whole .cxcase file (capped at 20 MB) as JSON text: leave room for escaping. */
export const MAX_BODY_BYTES = 48 * 1024 * 1024;
/**
 * Request bodies held in memory at once, across all requests (each is held from its first byte
 * until its handler has answered): one import of the largest size plus room for ordinary calls.
 * A body that would go over is refused at once with 503; the app sends one import at a time.
 */
export const MAX_BODY_BYTES_IN_FLIGHT = MAX_BODY_BYTES + 8 * 1024 * 1024;

export interface LocalServer {
  url: string;
  port: number;
  token: string;
  close: () => Promise<void>;
}

export interface ServerOptions {
  handlers: Handlers;
  staticDir: string;
  port?: number;
  token?: string;
  /** Largest request body (default MAX_BODY_BYTES); tests make it small. */
  maxBodyBytes?: number;
  /** Body bytes held at once across requests (default MAX_BODY_BYTES_IN_FLIGHT). */
  maxBodyBytesInFlight?: number;
}

const SECURITY_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Cache-Control': 'no-store',
};

function send(res: ServerResponse, status: number, type: string, body: string | Buffer): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': type, 'Content-Length': Buffer.byteLength(body) });
  res.end(body);
}

function sendJson(res: ServerResponse, status: number, value: unknown): void {
  send(res, status, 'application/json; charset=utf-8', JSON.stringify(value));
}

function tokenMatches(given: string | undefined, token: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** How much memory request bodies may take, shared by every request. */
class BodyBudget {
  private used = 0;
  constructor(readonly limit: number) {}
  take(n: number): boolean {
    if (this.used + n > this.limit) return false;
    this.used += n;
    return true;
  }
  give(n: number): void {
    this.used -= n;
  }
}

type BodyOutcome =
  | { ok: true; text: string }
  | { ok: false; status: 400 | 413 | 503; code: string; message: string }
  | { ok: false; status: null };

const TOO_LARGE = { ok: false, status: 413, code: 'TOO_LARGE', message: 'The request is too large.' } as const;
const BUSY = { ok: false, status: 503, code: 'BUSY', message: 'The app is busy with another large request; try again in a moment.' } as const;

/**
 * A request's body, never more than `max` bytes of it and never more than the shared budget
 * allows: a declared Content-Length over either is refused before a byte is read, and a body that
 * goes over while it streams stops being read at once. `held` counts what this request took from
 * the budget; the caller gives it back once the request is answered.
 */
function readBody(req: IncomingMessage, max: number, budget: BodyBudget, held: { bytes: number }): Promise<BodyOutcome> {
  const declaredHeader = req.headers['content-length'];
  const declared = declaredHeader === undefined ? null : Number(declaredHeader);
  if (declared !== null && !(Number.isSafeInteger(declared) && declared >= 0))
    return Promise.resolve({ ok: false, status: 400, code: 'INVALID_INPUT', message: 'The request has an invalid Content-Length.' });
  if (declared !== null && declared > max) return Promise.resolve(TOO_LARGE);
  if (declared !== null) {
    if (!budget.take(declared)) return Promise.resolve(BUSY);
    held.bytes = declared;
  }
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    const finish = (r: BodyOutcome) => {
      if (done) return;
      done = true;
      req.off('data', onData);
      if (!r.ok) {
        // Stop reading: nothing more is buffered, and the connection is closed after the answer.
        chunks.length = 0;
        req.pause();
      }
      resolve(r);
    };
    const onData = (c: Buffer) => {
      size += c.length;
      if (size > max) return finish(TOO_LARGE);
      if (size > held.bytes) {
        if (!budget.take(size - held.bytes)) return finish(BUSY);
        held.bytes = size;
      }
      chunks.push(c);
    };
    req.on('data', onData);
    req.on('end', () => {
      // Strict UTF-8: bytes that are not UTF-8 are refused, never replaced by U+FFFD.
      try {
        finish({ ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(Buffer.concat(chunks)) });
      } catch {
        finish({ ok: false, status: 400, code: 'INVALID_INPUT', message: 'The request is not valid UTF-8.' });
      }
    });
    req.on('error', () => finish({ ok: false, status: null }));
    req.on('close', () => finish({ ok: false, status: null }));
  });
}

/** How long a refused upload's connection stays open, discarding what still arrives, after the answer. */
const LINGER_MS = 1000;

/**
 * A "lingering close" for an answer sent before the body was read. Closing a socket while the
 * client is still sending makes the kernel answer with a reset, and a reset can make the client
 * drop the answer it already received: the user would see "connection reset" instead of "too
 * large". So after the answer the socket is half-closed, what still arrives is discarded (never
 * kept: no memory grows) and the socket is destroyed once the client stops or after LINGER_MS.
 */
function lingerOnClose(req: IncomingMessage): void {
  const socket = req.socket;
  socket.destroySoon = () => {
    socket.end();
    // The rest of the body flows through the request with no listener: read and dropped.
    req.resume();
    const timer = setTimeout(() => socket.destroy(), LINGER_MS);
    socket.once('close', () => clearTimeout(timer));
    socket.once('end', () => socket.destroy());
  };
}

/** The channel named by an API path, or null when its percent-encoding is malformed. */
function channelOf(url: string): string | null {
  try {
    return decodeURIComponent(url.slice(5).split('?')[0] ?? '');
  } catch {
    return null;
  }
}

export async function startLocalServer(o: ServerOptions): Promise<LocalServer> {
  const token = o.token ?? randomBytes(24).toString('hex');
  const maxBody = o.maxBodyBytes ?? MAX_BODY_BYTES;
  const budget = new BodyBudget(o.maxBodyBytesInFlight ?? MAX_BODY_BYTES_IN_FLIGHT);
  let origin = '';
  const server = createServer((req, res) => {
    void handle(req, res).catch((e: unknown) => {
      console.error('[cxcase] server error:', e);
      if (!res.headersSent) sendJson(res, 500, fail('INTERNAL', 'The local server failed on this request.'));
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    // Only our own host name: a page on another site resolving to 127.0.0.1 is refused.
    if (req.headers.host !== origin.replace('http://', '')) return send(res, 421, 'text/plain', 'Misdirected request');
    const url = req.url ?? '/';
    if (url.startsWith('/api/')) {
      if (req.method !== 'POST') return sendJson(res, 405, fail('METHOD', 'Use POST.'));
      if (req.headers.origin !== undefined && req.headers.origin !== origin) return sendJson(res, 403, fail('FORBIDDEN', 'Wrong origin.'));
      const auth = req.headers.authorization;
      if (!tokenMatches(auth?.startsWith('Bearer ') ? auth.slice(7) : undefined, token))
        return sendJson(res, 401, fail('UNAUTHORIZED', 'This window is not connected to the running app. Open the address the app printed.'));
      if (!(req.headers['content-type'] ?? '').startsWith('application/json'))
        return sendJson(res, 415, fail('INVALID_INPUT', 'Send JSON.'));
      const channel = channelOf(url);
      if (channel === null) return sendJson(res, 400, fail('INVALID_INPUT', 'The request path is not valid (malformed percent-encoding).'));
      const held = { bytes: 0 };
      try {
        const body = await readBody(req, maxBody, budget, held);
        if (!body.ok) {
          if (body.status === null) return; // the client went away
          // Whatever of the body was not read is not wanted: close the connection after the answer.
          res.setHeader('Connection', 'close');
          if (body.status === 503) res.setHeader('Retry-After', '2');
          lingerOnClose(req);
          return sendJson(res, body.status, fail(body.code, body.message));
        }
        let payload: unknown;
        try {
          payload = body.text.length ? JSON.parse(body.text) : {};
        } catch {
          return sendJson(res, 400, fail('INVALID_INPUT', 'The request was not valid JSON.'));
        }
        return sendJson(res, 200, await dispatch(o.handlers, channel, payload));
      } finally {
        budget.give(held.bytes);
      }
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'text/plain', 'Method not allowed');
    const file = await staticFile(o.staticDir, url);
    if (!file) return send(res, 404, 'text/plain', 'Not found');
    return send(res, 200, file.type, file.body);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(o.port ?? 0, '127.0.0.1', () => resolve());
  });
  const addr = server.address();
  const port = typeof addr === 'object' && addr ? (addr satisfies AddressInfo).port : 0;
  origin = `http://127.0.0.1:${port}`;
  return {
    url: `${origin}/#token=${token}`,
    port,
    token,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

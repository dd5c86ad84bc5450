/**
 * The local browser mode's transport: a loopback HTTP server (127.0.0.1 only, a random port) that
 * serves the built renderer and carries the same handler table as Electron IPC. Every API call
 * must carry the per-run token, come from this very origin, and name this host (no DNS rebinding).
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { CONTENT_SECURITY_POLICY } from '../../../shared/contract/csp';
import { dispatch, type Handlers } from '../../../shared/contract/dispatch';
import { fail } from '../../../shared/contract/result';
import { staticFile } from './static-files';

/** Imports carry a whole .cxcase file (capped at 20 MB) as JSON text: leave room for escaping. */
export const MAX_BODY_BYTES = 48 * 1024 * 1024;

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

function readBody(req: IncomingMessage): Promise<string | null> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooBig = false;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY_BYTES) tooBig = true;
      else chunks.push(c);
    });
    req.on('end', () => resolve(tooBig ? null : Buffer.concat(chunks).toString('utf8')));
    req.on('error', () => resolve(null));
  });
}

export async function startLocalServer(o: ServerOptions): Promise<LocalServer> {
  const token = o.token ?? randomBytes(24).toString('hex');
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
      const body = await readBody(req);
      if (body === null) return sendJson(res, 413, fail('TOO_LARGE', 'The request is too large.'));
      let payload: unknown;
      try {
        payload = body.length ? JSON.parse(body) : {};
      } catch {
        return sendJson(res, 400, fail('INVALID_INPUT', 'The request was not valid JSON.'));
      }
      const channel = decodeURIComponent(url.slice(5).split('?')[0] ?? '');
      return sendJson(res, 200, await dispatch(o.handlers, channel, payload));
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

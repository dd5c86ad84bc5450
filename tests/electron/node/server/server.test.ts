import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CHANNELS } from '@shared/contract/api';
import type { Handlers } from '@shared/contract/dispatch';
import { ok } from '@shared/contract/result';
import { MAX_BODY_BYTES, startLocalServer, type LocalServer } from '@electron-node/server/server';

let server: LocalServer;
let listed = 0;
let handlers: Handlers;
let staticDir = '';

function call(path: string, o: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: server.port, path, method: o.method ?? 'GET', headers: o.headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    if (o.body) req.write(o.body);
    req.end();
  });
}

const api = (channel: string, body: unknown, headers: Record<string, string> = {}) =>
  call(`/api/${channel}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Host: `127.0.0.1:${server.port}`, Authorization: `Bearer ${server.token}`, ...headers },
    body: JSON.stringify(body),
  });

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'cxcase-static-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>CX</title>');
  writeFileSync(join(dir, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(tmpdir(), 'secret.txt'), 'secret');
  staticDir = dir;
  handlers = Object.fromEntries(CHANNELS.map((c) => [c, () => ok([])])) as unknown as Handlers;
  handlers['cases.list'] = () => {
    listed++;
    return ok([]);
  };
  server = await startLocalServer({ handlers, staticDir: dir });
});
afterAll(() => server.close());

describe('local browser-mode server', () => {
  it('listens on loopback only and prints a URL carrying the token in the fragment', () => {
    expect(server.url).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${server.port}/#token=[0-9a-f]{48}$`));
  });

  it('answers an API call that carries the token', async () => {
    const before = listed;
    const r = await api('cases.list', { query: '' });
    expect(r.status).toBe(200);
    expect(JSON.parse(r.body)).toEqual({ ok: true, data: [] });
    expect(listed).toBe(before + 1);
  });

  it('refuses API calls without the token or with a wrong one, before any handler runs', async () => {
    const before = listed;
    expect((await api('cases.list', { query: '' }, { Authorization: '' })).status).toBe(401);
    expect((await api('cases.list', { query: '' }, { Authorization: `Bearer ${'0'.repeat(48)}` })).status).toBe(401);
    expect(listed).toBe(before);
  });

  it('refuses calls from another origin or for another host name (DNS rebinding)', async () => {
    const before = listed;
    expect((await api('cases.list', { query: '' }, { Origin: 'http://evil.example' })).status).toBe(403);
    expect((await api('cases.list', { query: '' }, { Host: 'evil.example' })).status).toBe(421);
    expect(listed).toBe(before);
  });

  it('rejects malformed JSON and unknown channels with a readable error', async () => {
    const bad = await call('/api/cases.list', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Host: `127.0.0.1:${server.port}`, Authorization: `Bearer ${server.token}` },
      body: '{not json',
    });
    expect(bad.status).toBe(400);
    const unknown = await api('shell.exec', {});
    expect(JSON.parse(unknown.body).error.code).toBe('UNKNOWN_CHANNEL');
  });

  it('serves the app with a strict Content-Security-Policy and never a file outside its folder', async () => {
    const index = await call('/', { headers: { Host: `127.0.0.1:${server.port}` } });
    expect(index.status).toBe(200);
    expect(String(index.headers['content-security-policy'])).toContain("default-src 'none'");
    expect(String(index.headers['content-security-policy'])).toContain("script-src 'self'");
    const js = await call('/assets/app.js', { headers: { Host: `127.0.0.1:${server.port}` } });
    expect(js.headers['content-type']).toContain('text/javascript');
    for (const p of ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/../../secret.txt', '/..%2fsecret.txt']) {
      const r = await call(p, { headers: { Host: `127.0.0.1:${server.port}` } });
      expect(r.body).not.toContain('secret');
    }
  });
});

/**
 * An API upload kept open: the headers (with `declared` as Content-Length, or chunked when null)
 * go out at once, the body only as the test writes it. Resolves `answer` with the status the
 * server answered, or null when the connection closed without one.
 */
function upload(srv: LocalServer, declared: number | null) {
  const headers: Record<string, string> = { 'Content-Type': 'application/json', Host: `127.0.0.1:${srv.port}`, Authorization: `Bearer ${srv.token}` };
  if (declared !== null) headers['Content-Length'] = String(declared);
  const req = request({ host: '127.0.0.1', port: srv.port, path: '/api/cases.import', method: 'POST', headers });
  let closed = false;
  const answer = new Promise<{ status: number; body: string } | null>((resolve) => {
    req.on('response', (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', () => resolve({ status: res.statusCode ?? 0, body: '' }));
    });
    req.on('error', () => undefined);
    req.on('close', () => {
      closed = true;
      setTimeout(() => resolve(null), 50);
    });
  });
  req.flushHeaders();
  return { req, answer, isClosed: () => closed };
}

const within = <T>(p: Promise<T>, ms: number) => Promise.race([p, new Promise<'timeout'>((r) => setTimeout(() => r('timeout'), ms))]);

describe('local browser-mode server: hostile requests', () => {
  it('a malformed percent-encoding in an API path is a 400 with a JSON error, not a 500 with a stack in the log', async () => {
    const logged = vi.spyOn(console, 'error');
    try {
      for (const path of ['/api/%E0%A4%A', '/api/cases.list%', '/api/%ZZ']) {
        const r = await call(path, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Host: `127.0.0.1:${server.port}`, Authorization: `Bearer ${server.token}` },
          body: '{}',
        });
        expect(r.status, path).toBe(400);
        expect(JSON.parse(r.body)).toEqual({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringMatching(/path is not valid/) } });
      }
      expect(logged).not.toHaveBeenCalled();
    } finally {
      logged.mockRestore();
    }
  });

  it('a body that is not valid UTF-8 is refused (400), not decoded with replacement characters', async () => {
    const u = upload(server, null);
    u.req.end(Buffer.concat([Buffer.from('{"query": "'), Buffer.from([0xc3, 0x28]), Buffer.from('"}')]));
    const r = await u.answer;
    expect(r?.status).toBe(400);
    expect(JSON.parse(r?.body ?? '{}').error.message).toMatch(/not valid UTF-8/);
  });

  it('a declared Content-Length over the cap is refused at once (413), before the body is sent', async () => {
    const u = upload(server, MAX_BODY_BYTES * 2);
    u.req.write('{"fileName":"x.cxcase","text":"');
    const r = await within(u.answer, 5_000);
    u.req.destroy();
    expect(r).not.toBe('timeout');
    expect(r).toMatchObject({ status: 413 });
    expect(JSON.parse((r as { body: string }).body).error.code).toBe('TOO_LARGE');
  });

  it('a body streamed past the cap stops being read: 413, and the connection is closed instead of reading the rest', async () => {
    const small = await startLocalServer({ handlers, staticDir, maxBodyBytes: 1024 * 1024 });
    try {
      const u = upload(small, null);
      let status: number | null = null;
      void u.answer.then((r) => (status = r?.status ?? -1));
      const chunk = Buffer.alloc(64 * 1024, 0x20);
      const limit = 256 * 1024 * 1024;
      let sent = 0;
      while (status === null && !u.isClosed() && sent < limit) {
        const more = u.req.write(chunk);
        sent += chunk.length;
        if (!more)
          await new Promise<void>((resolve) => {
            const done = () => {
              u.req.off('drain', done);
              u.req.off('close', done);
              resolve();
            };
            u.req.on('drain', done);
            u.req.on('close', done);
            void u.answer.then(done);
          });
      }
      const r = await within(u.answer, 5_000);
      u.req.destroy();
      // The cap is 1 MB; what was sent beyond it is what the sockets' buffers took before the
      // server stopped reading, a few MB, never the whole 256 MB.
      expect(sent).toBeLessThan(64 * 1024 * 1024);
      expect(r === 'timeout' ? null : r?.status ?? null).toBe(413);
    } finally {
      await small.close();
    }
  });

  it('bounds the bodies in flight: eight parallel 47 MB uploads, one is read and the others get 503 at once', async () => {
    const round = async () => {
      const ups = Array.from({ length: 8 }, () => upload(server, 47 * 1024 * 1024));
      for (const u of ups) u.req.write('{"fileName":"x.cxcase","text":"');
      const answers = await Promise.all(ups.map((u) => within(u.answer, 3_000)));
      for (const u of ups) u.req.destroy();
      return answers.map((a) => (a === 'timeout' ? 'pending' : a?.status ?? 'closed'));
    };
    const first = await round();
    expect(first.filter((s) => s === 503)).toHaveLength(7);
    expect(first.filter((s) => s === 'pending')).toHaveLength(1);
    // The one that was being read gave its share back when its client went away.
    await vi.waitFor(async () => expect((await round()).filter((s) => s === 503)).toHaveLength(7), { timeout: 10_000, interval: 200 });
    expect((await api('cases.list', { query: '' })).status).toBe(200);
  });
});

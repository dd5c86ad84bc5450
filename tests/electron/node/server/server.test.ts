import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHANNELS } from '../../../../shared/contract/api';
import type { Handlers } from '../../../../shared/contract/dispatch';
import { ok } from '../../../../shared/contract/result';
import { startLocalServer, type LocalServer } from '../../../../electron/node/server/server';

let server: LocalServer;
let listed = 0;

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
  const handlers = Object.fromEntries(CHANNELS.map((c) => [c, () => ok([])])) as unknown as Handlers;
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

/**
 * The renderer's one API object. It calls a contract channel over whichever transport the shell
 * provides — the Electron preload bridge, or the loopback server in browser mode — and validates
 * every reply against the contract before any view sees it.
 */
import { z } from 'zod';
import { typedContract, type Channel, type Input, type Output, type MenuCommand } from '@shared/contract/api';
import type { PreloadBridge } from '@shared/contract/bridge';
import { AppErrorSchema, type Result } from '@shared/contract/result';

declare global {
  interface Window {
    cxcaseBridge?: PreloadBridge;
  }
}

export interface Transport {
  kind: 'electron' | 'browser';
  invoke: (channel: Channel, input: unknown) => Promise<unknown>;
  onMenuCommand: (listener: (command: MenuCommand) => void) => () => void;
}

const Envelope = z.union([
  z.object({ ok: z.literal(true), data: z.unknown() }),
  z.object({ ok: z.literal(false), error: AppErrorSchema }),
]);

/** The per-run token of browser mode travels in the URL fragment (never sent to a server in a Referer). */
export function tokenFromLocation(hash: string): string | null {
  const m = /(?:^#|&)token=([A-Za-z0-9]+)/.exec(hash);
  return m?.[1] ?? null;
}

function browserTransport(): Transport {
  const token = tokenFromLocation(window.location.hash) ?? '';
  return {
    kind: 'browser',
    invoke: async (channel, input) => {
      const body = JSON.stringify(input);
      const res = await fetch(`/api/${encodeURIComponent(channel)}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
        body,
        // A save sent as the tab closes survives the unload (browsers allow it for bodies under 64 KB).
        keepalive: body.length < 60_000,
      });
      return res.json();
    },
    onMenuCommand: () => () => undefined,
  };
}

function electronTransport(bridge: PreloadBridge): Transport {
  return { kind: 'electron', invoke: bridge.invoke, onMenuCommand: bridge.onMenuCommand };
}

export function defaultTransport(): Transport {
  return window.cxcaseBridge ? electronTransport(window.cxcaseBridge) : browserTransport();
}

export interface Api {
  transport: Transport;
  call: <K extends Channel>(channel: K, input: Input<K>) => Promise<Result<Output<K>>>;
}

export function createApi(transport: Transport): Api {
  return {
    transport,
    call: async <K extends Channel>(channel: K, input: Input<K>): Promise<Result<Output<K>>> => {
      let raw: unknown;
      try {
        raw = await transport.invoke(channel, input);
      } catch {
        return { ok: false, error: { code: 'UNREACHABLE', message: 'The app did not answer. Is it still running?' } };
      }
      const env = Envelope.safeParse(raw);
      if (!env.success) return { ok: false, error: { code: 'BAD_REPLY', message: 'The app sent a reply this window does not understand.' } };
      if (!env.data.ok) return { ok: false, error: env.data.error };
      const out = typedContract[channel].output.safeParse(env.data.data);
      if (!out.success) return { ok: false, error: { code: 'BAD_REPLY', message: 'The app sent a reply this window does not understand.' } };
      return { ok: true, data: out.data };
    },
  };
}

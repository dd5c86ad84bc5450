/** What the Electron preload exposes on `window.cxcaseBridge`: exactly the contract's channels, over IPC. */
import type { Channel, MenuCommand } from './api';

export interface PreloadBridge {
  /** Calls one contract channel; resolves to the `Result` envelope (validated by the caller). */
  invoke: (channel: Channel, input: unknown) => Promise<unknown>;
  /** Menu commands from the native menu; returns an unsubscribe function. */
  onMenuCommand: (listener: (command: MenuCommand) => void) => () => void;
}

export const BRIDGE_KEY = 'cxcaseBridge';
export const MENU_EVENT = 'cxcase:menu';

/**
 * The preload: bridges exactly the contract's channels over IPC and nothing else. It runs sandboxed
 * with context isolation, so the page sees only these two functions, never ipcRenderer itself.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { isChannel, MENU_COMMANDS, type MenuCommand } from '@shared/contract/api';
import { BRIDGE_KEY, MENU_EVENT, type PreloadBridge } from '@shared/contract/bridge';

const isMenuCommand = (x: unknown): x is MenuCommand => typeof x === 'string' && MENU_COMMANDS.some((c) => c === x);

const bridge: PreloadBridge = {
  invoke: (channel, input) => {
    if (!isChannel(channel)) return Promise.reject(new Error('Unknown channel'));
    return ipcRenderer.invoke(channel, input);
  },
  onMenuCommand: (listener) => {
    const wrapped = (_e: Electron.IpcRendererEvent, cmd: unknown) => {
      if (isMenuCommand(cmd)) listener(cmd);
    };
    ipcRenderer.on(MENU_EVENT, wrapped);
    return () => ipcRenderer.removeListener(MENU_EVENT, wrapped);
  },
};

contextBridge.exposeInMainWorld(BRIDGE_KEY, bridge);

/**
 * The Electron main process, kept thin: one secure window, menus, dialogs, IPC wiring and PDF
 * printing. Everything with logic lives in electron/node (plain Node) and shared/.
 */
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, session, shell, type IpcMainInvokeEvent, type MenuItemConstructorOptions } from 'electron';
import { existsSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { CHANNELS, MENU_COMMANDS, type MenuCommand } from '@shared/contract/api';
import { MENU_EVENT } from '@shared/contract/bridge';
import { CONTENT_SECURITY_POLICY } from '@shared/contract/csp';
import { dispatch, type Handlers } from '@shared/contract/dispatch';
import { fail } from '@shared/contract/result';
import { createAppServices } from '@electron-node/app-services';
import { readBounded, readCaseFileText } from '@electron-node/files/read-bounded';
import { MAX_WORKBOOK_BYTES } from '@shared/roundtrip/schema';
import type { Dialogs } from '@electron-node/handlers';
import { staticFile } from '@electron-node/server/static-files';
import { defaultDatabasePath, restoreLatestBackup, restoredMessage, type CaseStore, type WindowState } from '@electron-node/storage';
import { printPdfInElectron } from './print-pdf';

const SCHEME = 'app';
const ORIGIN = `${SCHEME}://cxcase`;

protocol.registerSchemesAsPrivileged([{ scheme: SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);

let mainWindow: BrowserWindow | null = null;
let store: CaseStore | null = null;
/** Set once the renderer has saved everything (or did not answer in time) and the window may close. */
let closeAllowed = false;
let closeTimer: NodeJS.Timeout | null = null;
/** A renderer that never answers (hung) must not keep the window open forever. */
const CLOSE_WAIT_MS = 10_000;

// Paths from the app's root (the folder with package.json, or the asar archive when packaged).
const rendererDir = () => join(app.getAppPath(), 'out', 'renderer');
const preloadPath = () => join(app.getAppPath(), 'out', 'preload', 'index.cjs');
const resourcesDir = () => (app.isPackaged ? join(process.resourcesPath, 'resources') : join(app.getAppPath(), 'resources'));
/** The window icon (resources/icons, shipped with the app's resources by electron-builder.yml). */
const windowIcon = () => join(resourcesDir(), 'icons', '256x256.png');
/** better-sqlite3 built for Electron's ABI, kept apart from the Node build the tests use. */
const nativeBinding = () => {
  const p = app.isPackaged ? undefined : join(app.getAppPath(), 'build', 'native', 'electron', 'better_sqlite3.node');
  return p && existsSync(p) ? p : undefined;
};

function sendMenu(cmd: MenuCommand): void {
  mainWindow?.webContents.send(MENU_EVENT, cmd);
}

/** IPC is answered only for our own window showing our own page. */
function trustedSender(e: IpcMainInvokeEvent): boolean {
  const url = e.senderFrame?.url ?? '';
  return mainWindow !== null && e.sender === mainWindow.webContents && url.startsWith(`${ORIGIN}/`);
}

const dialogs: Dialogs = {
  saveFile: async (file) => {
    if (!mainWindow) return false;
    const ext = file.fileName.split('.').pop() ?? '';
    const r = await dialog.showSaveDialog(mainWindow, { defaultPath: basename(file.fileName), filters: [{ name: ext.toUpperCase(), extensions: [ext] }] });
    if (r.canceled || !r.filePath) return false;
    // Write beside the target, then rename: a failure never leaves the user's old file half-written.
    const partial = `${r.filePath}.cxcase-partial`;
    try {
      writeFileSync(partial, Buffer.from(file.base64, 'base64'));
      renameSync(partial, r.filePath);
    } catch (e) {
      rmSync(partial, { force: true });
      throw e;
    }
    return true;
  },
  openCaseFile: async () => {
    if (!mainWindow) return null;
    const r = await dialog.showOpenDialog(mainWindow, { properties: ['openFile'], filters: [{ name: 'CX Case', extensions: ['cxcase', 'json'] }] });
    const p = r.filePaths[0];
    if (r.canceled || !p) return null;
    // Bounded (20 MB), a regular file only, strict UTF-8: the same reader as the command line.
    const read = readCaseFileText(p);
    return read.ok ? { fileName: basename(p), text: read.text } : { fileName: basename(p), error: `${read.message}.` };
  },
  openWorkbookFile: async () => {
    if (!mainWindow) return null;
    const r = await dialog.showOpenDialog(mainWindow, { properties: ['openFile'], filters: [{ name: 'Excel', extensions: ['xlsx'] }] });
    const p = r.filePaths[0];
    if (r.canceled || !p) return null;
    // Bounded, a regular file only: the same reader as the command line.
    const read = readBounded(p, MAX_WORKBOOK_BYTES);
    return read.ok ? { fileName: basename(p), base64: read.bytes.toString('base64') } : { fileName: basename(p), error: `${read.message.replace('a CX Case file', 'an exported workbook')}.` };
  },
  openTicketExport: async () => {
    if (!mainWindow) return null;
    const r = await dialog.showOpenDialog(mainWindow, { properties: ['openFile'], filters: [{ name: 'Ticket export', extensions: ['csv', 'txt', 'tsv', 'xlsx'] }] });
    const p = r.filePaths[0];
    return r.canceled || !p ? null : p;
  },
  closeWindow: (proceed) => {
    if (closeTimer) clearTimeout(closeTimer);
    closeTimer = null;
    if (!proceed || !mainWindow) return;
    closeAllowed = true;
    mainWindow.close();
  },
};

function wireIpc(handlers: Handlers): void {
  for (const channel of CHANNELS) {
    ipcMain.handle(channel, (e, input: unknown) => (trustedSender(e) ? dispatch(handlers, channel, input) : fail('FORBIDDEN', 'Not allowed.')));
  }
}

function buildMenu(): void {
  const item = (label: string, cmd: MenuCommand, accelerator?: string): MenuItemConstructorOptions => ({ label, accelerator, click: () => sendMenu(cmd) });
  const template: MenuItemConstructorOptions[] = [
    {
      label: 'File',
      submenu: [
        item('New Case', 'newCase', 'CmdOrCtrl+N'),
        item('Open Sample…', 'openSample'),
        { type: 'separator' },
        item('Import .cxcase…', 'importCase', 'CmdOrCtrl+O'),
        item('Export .cxcase…', 'exportCase'),
        item('Export Excel, All Scenarios…', 'exportXlsx', 'CmdOrCtrl+E'),
        item('Export Excel, This Scenario…', 'exportXlsxScenario', 'CmdOrCtrl+Shift+E'),
        item('Export PDF, All Scenarios…', 'exportPdf', 'CmdOrCtrl+P'),
        item('Export PDF, This Scenario…', 'exportPdfScenario', 'CmdOrCtrl+Shift+P'),
        { type: 'separator' },
        { role: 'quit' },
      ],
    },
    {
      label: 'Edit',
      submenu: [item('Undo', 'undo', 'CmdOrCtrl+Z'), item('Redo', 'redo', 'CmdOrCtrl+Shift+Z'), { type: 'separator' }, { role: 'cut' }, { role: 'copy' }, { role: 'paste' }, { role: 'selectAll' }],
    },
    {
      label: 'View',
      submenu: [
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
        // DevTools only while developing: a packaged build has neither the item nor the tools.
        ...(app.isPackaged ? [] : [{ type: 'separator' as const }, { role: 'toggleDevTools' as const }]),
      ],
    },
    {
      label: 'Help',
      submenu: [
        { label: 'About CX Case', click: () => void dialog.showMessageBox({ message: `CX Case ${app.getVersion()}`, detail: 'Business cases for customer-service investment. Works offline.' }) },
        { label: 'Where My Data Lives', click: () => void shell.openPath(app.getPath('userData')) },
      ],
    },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

function lockDownSession(): void {
  const ses = session.defaultSession;
  // No network, ever: only our own protocol (and devtools in development) may load.
  const devtools = !app.isPackaged;
  ses.webRequest.onBeforeRequest((details, cb) => cb({ cancel: !(details.url.startsWith(`${ORIGIN}/`) || (devtools && details.url.startsWith('devtools://'))) }));
  ses.setPermissionRequestHandler((_wc, _perm, cb) => cb(false));
  ses.setPermissionCheckHandler(() => false);
  protocol.handle(SCHEME, async (req) => {
    const url = new URL(req.url);
    if (url.host !== 'cxcase') return new Response('Not found', { status: 404 });
    const file = await staticFile(rendererDir(), url.pathname);
    if (!file) return new Response('Not found', { status: 404 });
    return new Response(new Uint8Array(file.body), { headers: { 'Content-Type': file.type, 'Content-Security-Policy': CONTENT_SECURITY_POLICY } });
  });
}

function createWindow(saved: WindowState | null): BrowserWindow {
  const win = new BrowserWindow({
    width: saved?.width ?? 1360,
    height: saved?.height ?? 860,
    x: saved?.x,
    y: saved?.y,
    minWidth: 900,
    minHeight: 600,
    show: false,
    title: 'CX Case',
    // Windows and macOS take the icon from the executable; Linux window managers from the window.
    ...(process.platform === 'linux' ? { icon: windowIcon() } : {}),
    webPreferences: {
      preload: preloadPath(),
      // No DevTools in a packaged build: nobody can poke at the renderer's state or the API object.
      devTools: !app.isPackaged,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      spellcheck: false,
      // Middle-click (auxclick) would be one more way to open a link in a new window.
      disableBlinkFeatures: 'Auxclick',
    },
  });
  if (saved?.maximized) win.maximize();
  win.once('ready-to-show', () => win.show());
  win.webContents.on('will-navigate', (e) => e.preventDefault());
  win.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
  win.on('close', (e) => {
    if (!closeAllowed) {
      // Let the renderer save what is pending first; it answers through app.closeWindow.
      e.preventDefault();
      sendMenu('prepareClose');
      if (!closeTimer)
        closeTimer = setTimeout(() => {
          closeAllowed = true;
          win.close();
        }, CLOSE_WAIT_MS);
      return;
    }
    const b = win.getNormalBounds();
    store?.setWindowState({ x: b.x, y: b.y, width: b.width, height: b.height, maximized: win.isMaximized() });
  });
  void win.loadURL(`${ORIGIN}/index.html`);
  return win;
}

async function start(): Promise<void> {
  lockDownSession();
  app.on('web-contents-created', (_e, contents) => {
    contents.on('will-attach-webview', (ev) => ev.preventDefault());
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  });
  const dataDir = app.getPath('userData');
  const opts = {
    dataDir,
    resourcesDir: resourcesDir(),
    mode: 'electron' as const,
    version: app.getVersion(),
    dialogs,
    printPdf: (c: Parameters<typeof printPdfInElectron>[0], o: Parameters<typeof printPdfInElectron>[1]) => printPdfInElectron(c, o, ORIGIN),
    nativeBinding: nativeBinding(),
  };
  let services = await createAppServices(opts);
  if (!services.ok) {
    const e = services.error;
    const newest = e.backups[0];
    const detail = [e.movedTo ? `The file was kept, unchanged, at:\n${e.movedTo}` : '', newest ? `The newest automatic backup is from ${newest.takenAt}.` : 'No automatic backup was found.'].filter(Boolean).join('\n\n');
    // A backup can only be restored where the unreadable file was moved aside; a database that is
    // merely too new or in use is left alone, and the user is told so.
    const canRestore = newest !== undefined && e.movedTo !== undefined;
    const choice = await dialog.showMessageBox({ type: 'error', message: e.message, detail, buttons: canRestore ? ['Restore the newest backup', 'Quit'] : ['Quit'], defaultId: 0 });
    if (canRestore && newest && choice.response === 0) {
      const r = restoreLatestBackup({ path: defaultDatabasePath(dataDir), nativeBinding: opts.nativeBinding });
      if (r.ok) services = await createAppServices(opts);
      else await dialog.showMessageBox({ type: 'error', message: 'The backup was not restored.', detail: r.error.message, buttons: ['Quit'] });
    }
    if (!services.ok) {
      app.quit();
      return;
    }
  }
  // No database was found (moved aside in an earlier run, or deleted) but its backups are here: the
  // same offer, before anything is written to the new, empty database.
  const missing = services.notices.find((n) => n.code === 'BACKUP_AVAILABLE' || (n.code === 'LEFTOVERS_KEPT' && n.backups?.length));
  if (missing) {
    const choice = await dialog.showMessageBox({ type: 'warning', message: missing.message, buttons: ['Restore the newest backup', 'Start with an empty list of cases'], defaultId: 0 });
    if (choice.response === 0) {
      services.store.close();
      const r = restoreLatestBackup({ path: defaultDatabasePath(dataDir), nativeBinding: opts.nativeBinding });
      await dialog.showMessageBox({ type: r.ok ? 'info' : 'error', message: r.ok ? restoredMessage(r.data) : `The backup was not restored: ${r.error.message}` });
      services = await createAppServices(opts);
      if (!services.ok) {
        await dialog.showMessageBox({ type: 'error', message: services.error.message, buttons: ['Quit'] });
        app.quit();
        return;
      }
    }
  }
  store = services.store;
  wireIpc(services.handlers);
  buildMenu();
  const saved = store.getWindowState();
  mainWindow = createWindow(saved.ok ? saved.data : null);
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (mainWindow) {
      if (mainWindow.isMinimized()) mainWindow.restore();
      mainWindow.focus();
    }
  });
  app.whenReady().then(start, (e: unknown) => console.error(e));
  app.on('window-all-closed', () => {
    store?.close();
    app.quit();
  });
}

// The menu command list is part of the contract; keep the import used for type-checking exhaustiveness.
void MENU_COMMANDS;

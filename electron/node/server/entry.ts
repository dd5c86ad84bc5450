/**
 * `npm start -- --browser` (or where Electron cannot be had): the local browser mode. Opens the
 * user's database, serves the app on 127.0.0.1 at a random port with a per-run token, and prints
 * the one line with the address to open.
 */
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import pkg from '../../../package.json';
import { createAppServices } from '../app-services';
import { closeSharedChromiumPrinter, printPdfInChromium } from '../export/pdf';
import { defaultDataDir, defaultDatabasePath, restoreLatestBackup, restoredMessage } from '../storage';
import { startLocalServer } from './server';

const root = join(__dirname, '..', '..');


const OPTIONS = {
  port: { type: 'string' },
  'data-dir': { type: 'string' },
  'restore-latest-backup': { type: 'boolean' },
} as const;

/** A port number as typed: digits only, 0 (any free port) to 65535. */
export function parsePort(text: string | undefined): number | null {
  if (text === undefined) return 0;
  if (!/^\d{1,5}$/.test(text.trim())) return null;
  const n = Number(text.trim());
  return n <= 65535 ? n : null;
}

/** The command line's options, or a message saying what is wrong with them (never a stack trace). */
export function parseServerArgs(args: string[]): { ok: true; port: number; dataDir: string | undefined; restoreLatestBackup: boolean } | { ok: false; message: string } {
  let values: { port?: string; 'data-dir'?: string; 'restore-latest-backup'?: boolean };
  try {
    ({ values } = parseArgs({ args, options: OPTIONS, allowPositionals: false, strict: true }));
  } catch (e) {
    return { ok: false, message: e instanceof Error ? e.message : String(e) };
  }
  const port = parsePort(values.port);
  if (port === null) return { ok: false, message: `--port must be a whole number from 0 to 65535 (got "${values.port ?? ''}")` };
  return { ok: true, port, dataDir: values['data-dir'], restoreLatestBackup: values['restore-latest-backup'] ?? false };
}

export async function main(): Promise<void> {
  const args = parseServerArgs(process.argv.slice(2));
  if (!args.ok) {
    console.error(`CX Case: ${args.message}`);
    process.exitCode = 1;
    return;
  }
  const values = { 'data-dir': args.dataDir, 'restore-latest-backup': args.restoreLatestBackup };
  const dataDir = values['data-dir'] ?? defaultDataDir();

  const open = () => createAppServices({ dataDir, resourcesDir: join(root, 'resources'), mode: 'browser', version: pkg.version, dialogs: null, printPdf: printPdfInChromium });
  const restoreCommand = `npm start -- --browser${values['data-dir'] === undefined ? '' : ` --data-dir ${JSON.stringify(dataDir)}`} --restore-latest-backup`;
  // --restore-latest-backup: where the database is missing (moved aside, deleted) or holds no case,
  // the newest backup goes in first; a file that cannot be read is opened (and so moved aside) first.
  const restore = () => restoreLatestBackup({ path: defaultDatabasePath(dataDir) });
  if (values['restore-latest-backup']) {
    const r = restore();
    if (r.ok) console.log(restoredMessage(r.data));
    else if (r.error.code !== 'UNREADABLE') {
      console.error(`The backup was not restored: ${r.error.message}`);
      process.exitCode = 1;
      return;
    }
  }
  let services = await open();
  if (!services.ok && values['restore-latest-backup'] && services.error.movedTo) {
    const r = restore();
    console.log(r.ok ? restoredMessage(r.data) : `The backup was not restored: ${r.error.message}`);
    if (r.ok) services = await open();
  }
  if (!services.ok) {
    const e = services.error;
    console.error(`CX Case could not open your cases: ${e.message}`);
    if (e.movedTo) console.error(`The file was kept, unchanged, at: ${e.movedTo}`);
    const newest = e.backups[0];
    if (newest && e.movedTo) console.error(`The newest automatic backup is from ${newest.takenAt}. To restore it, run: ${restoreCommand}`);
    process.exitCode = 1;
    return;
  }
  for (const n of services.notices) console.log(n.message);
  if (services.notices.some((n) => n.code === 'BACKUP_AVAILABLE' || (n.code === 'LEFTOVERS_KEPT' && n.backups?.length)))
    console.log(`To restore the newest backup in place of the new, empty database, stop CX Case (Ctrl+C) and run: ${restoreCommand}`);
  let server: Awaited<ReturnType<typeof startLocalServer>>;
  try {
    server = await startLocalServer({ handlers: services.handlers, staticDir: join(root, 'out', 'renderer'), port: args.port });
  } catch (e) {
    const code = typeof e === 'object' && e !== null && 'code' in e ? String(e.code) : '';
    console.error(`CX Case could not listen on port ${args.port}: ${code === 'EADDRINUSE' ? 'the port is in use' : code === 'EACCES' ? 'permission denied' : e instanceof Error ? e.message : String(e)}`);
    services.store.close();
    process.exitCode = 1;
    return;
  }
  console.log(`CX Case is running in local browser mode: ${server.url}`);
  const store = services.store;
  const stop = () => {
    void server.close().then(async () => {
      store.close();
      await closeSharedChromiumPrinter();
      process.exit(0);
    });
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

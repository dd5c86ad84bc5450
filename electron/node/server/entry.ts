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


export async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string' },
      'data-dir': { type: 'string' },
      'restore-latest-backup': { type: 'boolean' },
    },
    allowPositionals: false,
    strict: true,
  });
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
  const port = values.port === undefined ? 0 : Number(values.port);
  const server = await startLocalServer({ handlers: services.handlers, staticDir: join(root, 'out', 'renderer'), port });
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

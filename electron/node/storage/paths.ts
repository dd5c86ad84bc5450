/** Where the app keeps its data on this machine. Electron's userData is the same folder ("CX Case"). */
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';

export const APP_DIR_NAME = 'CX Case';
export const DATABASE_FILE_NAME = 'cxcase.sqlite3';
export const BACKUP_DIR_NAME = 'backups';

/** `$CXCASE_DATA_DIR` if set, else the platform's per-user application data folder + "CX Case". */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform, home = homedir()): string {
  const override = env['CXCASE_DATA_DIR'];
  if (override && override.trim() !== '') return override;
  if (platform === 'win32') return join(env['APPDATA'] ?? join(home, 'AppData', 'Roaming'), APP_DIR_NAME);
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', APP_DIR_NAME);
  const xdg = env['XDG_CONFIG_HOME'];
  return join(xdg && xdg.trim() !== '' ? xdg : join(home, '.config'), APP_DIR_NAME);
}

export function defaultDatabasePath(dataDir = defaultDataDir()): string {
  return join(dataDir, DATABASE_FILE_NAME);
}

/** Rolling backups live beside the database unless the caller says otherwise. */
export function defaultBackupDir(databasePath: string): string {
  return join(dirname(databasePath), BACKUP_DIR_NAME);
}

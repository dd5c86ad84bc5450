/** The cases database for the main process, the CLI and the local server (plain Node: no Electron here). */
export { openStore, probeFile, moveAside, moveLeftoversAside, type OpenOptions, type OpenResult, type OpenError, type OpenErrorCode, type OpenNotice } from './open';
export { CaseStore, DEFAULT_SETTINGS, UserFigureSchema, WindowStateSchema, fileNameFor, uniqueName, type CaseSummary, type ImportOutcome, type Settings, type VersionInfo, type WindowState } from './store';
export { listBackups, restoreBackup, type BackupInfo } from './backups';
export { restoreLatestBackup, restoredMessage, type RestoreLatestOptions, type RestoreOutcome } from './restore';
export { DB_SCHEMA_VERSION } from './schema';
export { defaultDataDir, defaultDatabasePath, defaultBackupDir } from './paths';

/**
 * What the installer ships: package.json's dependencies are exactly what runs from node_modules at
 * run time (what Vite and esbuild bundle is a devDependency, or electron-builder ships it twice), the
 * electron-builder configuration, read and validated by electron-builder itself, keeps the CLI's
 * Chromium driver out and names icons that exist, ships the risk worker where the packaged main
 * process looks for it, and the renderer links its icon.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { builtinModules, createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { startAnalyses, workerNextTo } from '@electron-node/risk/analyses';
import { AnalysisCache } from '@electron-node/risk/cache';
import { analyseRisk } from '@shared/risk/analyse';
import { riskOf } from '@shared/risk/stored';
import { richCase } from '@tests/electron/node/export/xlsx/fixtures';

const ROOT = join(__dirname, '..', '..');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string>; devDependencies: Record<string, string> };
const requireFromRoot = createRequire(join(ROOT, 'package.json'));

/** Packages a built bundle loads from node_modules (its require calls), by package name. */
function requiredPackages(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const names = [...text.matchAll(/(?:require|import)\(["']([^"'.][^"']*)["']\)/g)].map((m) => m[1]!);
  return names
    .filter((n) => !n.startsWith('node:') && !builtinModules.includes(n) && n !== 'electron')
    .map((n) => (n.startsWith('@') ? n.split('/').slice(0, 2).join('/') : n.split('/')[0]!));
}

describe('package.json dependencies', () => {
  it('are exactly the packages the Electron main process, the CLI and the local server load at run time', () => {
    const bundles = [join(ROOT, 'out', 'main', 'index.js'), ...readdirSync(join(ROOT, 'out', 'node')).filter((f) => f.endsWith('.cjs')).map((f) => join(ROOT, 'out', 'node', f))];
    const needed = [...new Set(bundles.flatMap(requiredPackages))].sort();
    expect(needed).toContain('better-sqlite3');
    expect(Object.keys(pkg.dependencies).sort()).toEqual(needed);
  });

  it('hold none of the libraries bundled into the renderer by Vite or into the CLI by esbuild', () => {
    for (const lib of ['react', 'react-dom', 'chart.js', 'react-chartjs-2', 'i18next', 'react-i18next', 'zustand', 'commander']) {
      expect(pkg.dependencies[lib], lib).toBeUndefined();
      expect(pkg.devDependencies[lib], lib).toBeDefined();
    }
  });

  it('the CLI bundles commander (esbuild leaves only native and heavy packages external)', () => {
    const build = readFileSync(join(ROOT, 'scripts', 'build.mjs'), 'utf8');
    const external = /const external = \[([^\]]*)\]/.exec(build)?.[1] ?? '';
    expect(external).not.toContain('commander');
    expect(requiredPackages(join(ROOT, 'out', 'node', 'cli.cjs'))).not.toContain('commander');
  });
});

type BuilderConfig = Record<string, unknown> & { files: unknown; directories?: { buildResources?: string }; linux?: { icon?: string }; win?: { icon?: string }; mac?: { icon?: string }; extraResources?: { from: string; filter: string[] }[] };
type Stat = { isDirectory: () => boolean };

describe('electron-builder configuration', () => {
  let config: BuilderConfig;
  beforeAll(async () => {
    const { getConfig, validateConfiguration } = requireFromRoot('app-builder-lib/out/util/config/config') as {
      getConfig: (dir: string, path: null, options: null) => Promise<BuilderConfig>;
      validateConfiguration: (c: BuilderConfig, logger: unknown) => Promise<void>;
    };
    const { DebugLogger } = requireFromRoot('builder-util') as { DebugLogger: new (enabled: boolean) => unknown };
    config = await getConfig(ROOT, null, null);
    await validateConfiguration(config, new DebugLogger(false));
  }, 60_000);

  it('leaves playwright-core out of the installed node_modules, and keeps the app’s run-time packages', () => {
    const { getNodeModuleFileMatcher } = requireFromRoot('app-builder-lib/out/fileMatcher') as {
      getNodeModuleFileMatcher: (appDir: string, dest: string, expand: (p: string) => string, platformOptions: object, packager: object) => { createFilter: () => (file: string, stat: Stat) => boolean };
    };
    const matcher = getNodeModuleFileMatcher(ROOT, '/app', (p) => p, {}, { config, debugLogger: { isEnabled: false } });
    const filter = matcher.createFilter();
    const file: Stat = { isDirectory: () => false };
    const ships = (p: string) => filter(join(ROOT, p), file);
    expect(ships('node_modules/playwright-core/index.js')).toBe(false);
    expect(ships('node_modules/playwright-core/lib/coreBundle.js')).toBe(false);
    for (const dep of ['better-sqlite3/lib/index.js', 'exceljs/package.json', 'zod/package.json']) expect(ships(`node_modules/${dep}`), dep).toBe(true);
  });

  it('names an icon that exists for Linux, Windows and macOS, at least 256 px (512 px for the .ico/.icns)', () => {
    const pngSize = (p: string) => {
      const b = readFileSync(p);
      expect(b.subarray(1, 4).toString('latin1'), p).toBe('PNG');
      return [b.readUInt32BE(16), b.readUInt32BE(20)];
    };
    const linux = resolve(ROOT, config.linux?.icon ?? '');
    expect(statSync(linux).isDirectory()).toBe(true);
    const sized = readdirSync(linux).filter((f) => /^\d+x\d+\.png$/.test(f));
    expect(sized).toEqual(expect.arrayContaining(['256x256.png', '512x512.png']));
    for (const f of sized) expect(pngSize(join(linux, f))).toEqual(f.replace('.png', '').split('x').map(Number));
    for (const platform of ['win', 'mac'] as const) {
      const icon = config[platform]?.icon;
      expect(icon, platform).toBeDefined();
      expect(pngSize(resolve(ROOT, icon!)), platform).toEqual([512, 512]);
    }
  });

  it('ships the risk worker beside the main bundle, where a packaged main process (no out/node) finds and runs it', async () => {
    const { getMainFileMatchers } = requireFromRoot('app-builder-lib/out/fileMatcher') as {
      getMainFileMatchers: (appDir: string, dest: string, expand: (p: string) => string, platformOptions: object, packager: object, outDir: string, isElectronCompile: boolean) => { createFilter: () => (file: string, stat: Stat) => boolean }[];
    };
    const info = { projectDir: ROOT, buildResourcesDir: config.directories?.buildResources ?? 'build', config, isPrepackedAppAsar: false, debugLogger: { isEnabled: false } };
    const filter = getMainFileMatchers(ROOT, '/app', (p) => p, {}, { info }, join(ROOT, 'release'), false)[0]!.createFilter();
    const file: Stat = { isDirectory: () => false };
    const ships = (p: string) => filter(join(ROOT, p), file);
    expect(ships('out/main/index.js')).toBe(true);
    expect(ships('out/main/risk-worker.cjs')).toBe(true);
    expect(ships('out/node/risk-worker.cjs')).toBe(false);

    // The installed layout: out/main as the installer ships it, and no out/node beside it.
    const app = mkdtempSync(join(tmpdir(), 'cxcase-packaged-'));
    try {
      cpSync(join(ROOT, 'out', 'main'), join(app, 'out', 'main'), { recursive: true, filter: (src) => statSync(src).isDirectory() || filter(src, file) });
      const worker = workerNextTo(join(app, 'out', 'main'));
      expect(worker).toBe(join(app, 'out', 'main', 'risk-worker.cjs'));
      const c = richCase();
      c.risk = { ...c.risk, seed: 11, trials: 200 };
      const got = (await startAnalyses(c, [0], { workerFile: worker, cache: new AnalysisCache() })()).get(0);
      expect(got?.by).toBe('worker');
      expect(got?.analysis).toEqual(analyseRisk(c, 0, riskOf(c)));
    } finally {
      rmSync(app, { recursive: true, force: true });
    }
  }, 60_000);

  it('ships the window icon the main process loads on Linux', () => {
    const resources = config.extraResources?.find((r) => r.from === 'resources');
    expect(resources?.filter).toContain('icons/256x256.png');
    expect(existsSync(join(ROOT, 'resources', 'icons', '256x256.png'))).toBe(true);
  });
});

describe('the renderer icon', () => {
  it('the built index.html links an icon that is in out/renderer, so the browser mode never asks for /favicon.ico', () => {
    const html = readFileSync(join(ROOT, 'out', 'renderer', 'index.html'), 'utf8');
    const href = /<link rel="icon"[^>]*href="([^"]+)"/.exec(html)?.[1];
    expect(href).toMatch(/^\.\/assets\/icon-[\w-]+\.svg$/);
    const file = join(ROOT, 'out', 'renderer', href!);
    expect(existsSync(file)).toBe(true);
    expect(readFileSync(file, 'utf8')).toBe(readFileSync(join(ROOT, 'resources', 'icons', 'icon.svg'), 'utf8'));
  });
});

/**
 * No internal reference reaches a user. Sources are cited as a client would look them up
 * (publisher, title, year; an article by title and date; a rule of thumb called so), never by the
 * builders' names for the source articles or the domain notes. This walks every place user-visible
 * text comes from: the UI dictionaries, the benchmark library, the samples, the workbook labels and
 * sheets, the engine's flag texts, the CLI's messages and help, and the report's components.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { en } from '@renderer/src/i18n/en';
import { it as itDict } from '@renderer/src/i18n/it';
import * as problems from '@renderer/src/i18n/problems';
import * as xlsxLabels from '@electron-node/export/xlsx/labels';
import { FIGURES } from '@shared/benchmarks/library';
import { describeFlag, type CredibilityFlag } from '@shared/engine/flags';

const root = join(__dirname, '..', '..');

const INTERNAL: { name: string; test: (s: string) => boolean }[] = [
  // The source articles are named "seed 001", "seeds 000–003", "seed article": a number or "article"
  // follows. "Seed" alone is the Monte Carlo's random seed (a standard term, shown on purpose).
  { name: 'seed', test: (s) => /\bseeds?\s*(?:\d|articles?\b|notes?\b|\()/i.test(s) },
  { name: 'article 0xx', test: (s) => /article 0\d\d/i.test(s) },
  { name: 'articolo di riferimento', test: (s) => /articolo di riferimento/i.test(s) },
  { name: 'DOMAIN', test: (s) => /DOMAIN/.test(s) },
  { name: 'seeds/', test: (s) => s.includes('seeds/') },
  { name: '../shared', test: (s) => s.includes('../shared') },
];

/** Every internal reference in the texts, as "where: text". */
function offenders(texts: { where: string; text: string }[]): string[] {
  return texts.flatMap(({ where, text }) => INTERNAL.filter((r) => r.test(text)).map((r) => `${where} [${r.name}]: ${text}`));
}

/** Every string in a value: object leaves, array items; functions are called with placeholders. */
function stringsOf(value: unknown, where: string, out: { where: string; text: string }[] = []): { where: string; text: string }[] {
  if (typeof value === 'string') out.push({ where, text: value });
  else if (typeof value === 'function') {
    const fn = value as (...a: unknown[]) => unknown;
    const res = fn(...Array.from({ length: fn.length }, () => 'x'));
    stringsOf(res, `${where}()`, out);
  } else if (Array.isArray(value)) value.forEach((v, i) => stringsOf(v, `${where}[${i}]`, out));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) stringsOf(v, `${where}.${k}`, out);
  return out;
}

/** The text literals of a TypeScript/TSX source (strings, templates, JSX text), not comments or import paths. */
function literalsOf(file: string): { where: string; text: string }[] {
  const src = readFileSync(file, 'utf8');
  const sf = ts.createSourceFile(file, src, ts.ScriptTarget.Latest, true, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const out: { where: string; text: string }[] = [];
  const rel = relative(root, file);
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) return;
    if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) return;
    const line = () => `${rel}:${sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1}`;
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) out.push({ where: line(), text: node.text });
    else if (ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node)) out.push({ where: line(), text: node.text });
    else if (ts.isJsxText(node) && node.text.trim()) out.push({ where: line(), text: node.text });
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return out;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.tsx?$/.test(f))
    .map((f) => join(root, dir, f));
}

describe('no internal reference in anything a user sees', () => {
  it('finds the patterns it looks for (the check can fail)', () => {
    const bad = ['Seed article 001', '(seed 004)', 'Articolo di riferimento 000', 'see DOMAIN.md', 'the seeds/ folder', '../shared/DOMAIN.md', 'article 002'];
    for (const s of bad) expect(offenders([{ where: 't', text: s }]).length, s).toBeGreaterThan(0);
    expect(offenders([{ where: 't', text: 'Gartner (2024), “Benchmarks to Assess Your Customer Service Costs”' }])).toEqual([]);
    expect(literalsOf(join(root, 'shared/engine/flags.ts')).length).toBeGreaterThan(5);
  });

  it('the UI dictionaries (English, Italian, validation problems)', () => {
    expect(offenders([...stringsOf(en, 'en'), ...stringsOf(itDict, 'it'), ...stringsOf(problems, 'problems')])).toEqual([]);
  });

  it('the benchmark library: every figure’s label and source, in both languages', () => {
    const raw = JSON.parse(readFileSync(join(root, 'resources/benchmarks/benchmarks.json'), 'utf8')) as { figures: unknown[] };
    expect(offenders(stringsOf(raw.figures, 'benchmarks.json'))).toEqual([]);
    expect(offenders(stringsOf(FIGURES, 'FIGURES'))).toEqual([]);
  });

  it('the sample cases and their index', () => {
    const dir = join(root, 'resources/samples');
    const texts = readdirSync(dir).flatMap((f) => stringsOf(JSON.parse(readFileSync(join(dir, f), 'utf8')), f));
    expect(texts.length).toBeGreaterThan(100);
    expect(offenders(texts)).toEqual([]);
  });

  it('the workbook: its labels module and the text literals of its sheets', () => {
    const texts = [...stringsOf(xlsxLabels, 'labels'), ...sourceFiles('electron/node/export/xlsx').flatMap(literalsOf)];
    expect(offenders(texts)).toEqual([]);
  });

  it('the engine: every flag sentence and every text literal under shared/', () => {
    const flags: CredibilityFlag[] = FIGURES.flatMap((f) =>
      (['above', 'below', 'inconsistent'] as const).map((direction) => ({
        figureId: f.id as CredibilityFlag['figureId'],
        path: ['scenarios', 0, 'savingLines', 0, 'haircut'],
        subject: { kind: 'savingLine' as const, name: 'Line' },
        value: 0.5,
        direction,
        limit: 0.2,
        range: [0.1, 0.2] as [number, number],
      })),
    );
    const sentences = flags.flatMap((fl) => (['en', 'it'] as const).map((lang) => ({ where: `${fl.figureId}/${fl.direction}/${lang}`, text: describeFlag(fl, lang) })));
    expect(offenders([...sentences, ...sourceFiles('shared').flatMap(literalsOf)])).toEqual([]);
  });

  it('the CLI: its help and every text literal of its sources', () => {
    const help = ['--help', 'compute --help', 'validate --help', 'export --help', 'import --help'].map((a) => {
      const r = spawnSync(process.execPath, [join(root, 'bin', 'cxcase.js'), ...a.split(' ')], { cwd: root, encoding: 'utf8', timeout: 60_000 });
      return { where: `cxcase ${a}`, text: r.stdout + r.stderr };
    });
    expect(help[0]!.text).toMatch(/Usage: cxcase/);
    expect(offenders([...help, ...sourceFiles('electron/node/cli').flatMap(literalsOf)])).toEqual([]);
  });

  it('the renderer: the report’s components and every other text literal in the app', () => {
    const report = sourceFiles('renderer/src/views/report');
    expect(report.length).toBeGreaterThan(3);
    expect(offenders(sourceFiles('renderer/src').flatMap(literalsOf))).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { LOCALES } from '@shared/case/schema';
import { chromiumLaunchFor, contentWidthPx, electronMargins, MARGINS_MM, paperFor, PAPER_MM, playwrightMargins, printRequest } from '@electron-node/export/pdf/layout';
import { caseOf, scenario } from '../../../../support/cases';

describe('PDF layout shared by both printers', () => {
  it('prints US English on Letter and every other locale on A4', () => {
    for (const l of LOCALES) expect(paperFor(l), l).toBe(l === 'en-US' ? 'Letter' : 'A4');
  });

  it('lays the page out at the printable width in CSS pixels', () => {
    // A4: 210 − 16 − 16 = 178 mm = 672.76 px; Letter: 215.9 − 32 = 183.9 mm = 695.06 px.
    expect(contentWidthPx('A4')).toBe(672);
    expect(contentWidthPx('Letter')).toBe(695);
    expect(PAPER_MM.Letter.width).toBeCloseTo(8.5 * 25.4, 10);
  });

  it('gives the same margins to Playwright (mm) and Electron (inches)', () => {
    const e = electronMargins();
    const p = playwrightMargins();
    for (const k of ['top', 'bottom', 'left', 'right'] as const) {
      expect(e[k] * 25.4).toBeCloseTo(MARGINS_MM[k], 10);
      expect(p[k]).toBe(`${MARGINS_MM[k]}mm`);
    }
  });

  it('sends the case, scenario, scope, language and date to the renderer as JSON', () => {
    const c = caseOf([scenario()]);
    const r: unknown = JSON.parse(printRequest(c, { scenarioId: 'scn_base', scenarios: 'all', lang: 'it' }, new Date('2026-11-23T10:00:00Z')));
    expect(r).toEqual({ case: c, scenarioId: 'scn_base', scenarios: 'all', lang: 'it', date: '2026-11-23T10:00:00.000Z' });
  });
});

describe('how Chromium is launched', () => {
  it('keeps the sandbox on for a normal user on every platform', () => {
    for (const platform of ['linux', 'darwin', 'win32']) {
      const l = chromiumLaunchFor({ uid: platform === 'win32' ? undefined : 1000, platform });
      expect(l.args, platform).not.toContain('--no-sandbox');
      expect(l.chromiumSandbox, platform).toBe(true);
      expect(l.args).toContain('--headless');
    }
  });

  it('turns it off only as root on Linux, where Chromium cannot start with it, or when told to', () => {
    expect(chromiumLaunchFor({ uid: 0, platform: 'linux' })).toMatchObject({ chromiumSandbox: false, args: expect.arrayContaining(['--no-sandbox']) });
    expect(chromiumLaunchFor({ uid: 0, platform: 'darwin' }).chromiumSandbox).toBe(true);
    expect(chromiumLaunchFor({ uid: 1000, platform: 'linux', noSandboxEnv: '1' })).toMatchObject({ chromiumSandbox: false, args: expect.arrayContaining(['--no-sandbox']) });
    expect(chromiumLaunchFor({ uid: 1000, platform: 'linux', noSandboxEnv: '0' }).chromiumSandbox).toBe(true);
  });
});

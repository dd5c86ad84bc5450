/**
 * The PDF printer starts Chromium with the launch options of chromiumLaunchFor for the running
 * process: playwright-core is replaced by a recorder, and the user id is faked.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createChromiumPrinter } from '@electron-node/export/pdf/chromium';
import { caseOf, scenario } from '../../../../support/cases';

const launches = vi.hoisted(() => [] as Record<string, unknown>[]);

vi.mock('playwright-core', () => ({
  chromium: {
    launch: async (o: Record<string, unknown>) => {
      launches.push(o);
      throw new Error('no browser in this test');
    },
  },
}));

const platform = Object.getOwnPropertyDescriptor(process, 'platform')!;

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
  Object.defineProperty(process, 'platform', platform);
  launches.length = 0;
});

/** As a given user on Linux, with no override in the environment. */
async function launchAs(uid: number): Promise<Record<string, unknown>> {
  Object.defineProperty(process, 'platform', { ...platform, value: 'linux' });
  vi.stubEnv('CXCASE_CHROMIUM_NO_SANDBOX', '');
  vi.spyOn(process, 'getuid').mockReturnValue(uid);
  const printer = createChromiumPrinter({ executablePath: process.execPath, rendererDir: __dirname });
  await expect(printer.print(caseOf([scenario()]), { scenarioId: 'scn_base', scenarios: 'all', lang: 'en' })).rejects.toThrow(/no browser in this test/);
  await printer.close();
  expect(launches).toHaveLength(1);
  return launches[0]!;
}

describe('the PDF printer launches Chromium on Linux', () => {
  it('with its sandbox for a normal user', async () => {
    const o = await launchAs(1000);
    expect(o['chromiumSandbox']).toBe(true);
    expect(o['args']).not.toContain('--no-sandbox');
    expect(o['executablePath']).toBe(process.execPath);
  });

  it('without it as root', async () => {
    const o = await launchAs(0);
    expect(o['chromiumSandbox']).toBe(false);
    expect(o['args']).toContain('--no-sandbox');
  });
});

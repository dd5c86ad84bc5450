// Renders the app icon, resources/icons/icon.svg, to the PNGs electron-builder and the window use
// (512x512.png, 256x256.png), with the headless Chromium the PDF export uses. Run it after editing
// the SVG: `node scripts/render-icons.mjs`; the PNGs are committed.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const dir = join(dirname(fileURLToPath(import.meta.url)), '..', 'resources', 'icons');
const svg = readFileSync(join(dir, 'icon.svg'), 'utf8');
// Chromium cannot sandbox itself as root on Linux; elsewhere it keeps its sandbox.
const root = process.platform === 'linux' && process.getuid?.() === 0;
const browser = await chromium.launch({
  executablePath: process.env.CXCASE_CHROMIUM?.trim() || '/usr/bin/chromium',
  args: ['--headless', ...(root ? ['--no-sandbox'] : [])],
  chromiumSandbox: !root,
});
try {
  for (const size of [512, 256]) {
    const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
    const sized = svg.replace('width="512" height="512"', `width="${size}" height="${size}"`);
    await page.setContent(`<html><body style="margin:0;background:transparent">${sized}</body></html>`);
    await page.locator('svg').screenshot({ path: join(dir, `${size}x${size}.png`), omitBackground: true });
    await page.close();
  }
} finally {
  await browser.close();
}
console.log(`rendered ${dir}/512x512.png and 256x256.png`);

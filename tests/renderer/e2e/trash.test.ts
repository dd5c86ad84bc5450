/**
 * The trash (issue 9): a case moved there is deleted for good through a modal confirmation that
 * names it (Escape cancels, focus comes back), and the whole trash can be emptied — in English and
 * in Italian. What the database holds is checked through the store, as the other e2e tests do.
 */
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, startBrowserApp, type RunningApp } from '../../support/browser-app';

const ARTIFACTS = join(ROOT, 'test-artifacts', 'trash');

let app: RunningApp;
let page: Page;

function unwrap<T>(r: { ok: true; data: T } | { ok: false; error: { message: string } }): T {
  if (!r.ok) throw new Error(r.error.message);
  return r.data;
}

const trashed = () => unwrap(app.store.listCases({ trash: true })).map((c) => c.name).sort();
const focusedName = () => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.textContent ?? '');

beforeAll(async () => {
  rmSync(ARTIFACTS, { recursive: true, force: true });
  mkdirSync(ARTIFACTS, { recursive: true });
  app = await startBrowserApp();
  page = app.page;
  for (const name of ['Acme renewal', 'Keep this one', 'Beta pilot', 'Gamma rollout']) unwrap(app.store.createCase({ name }));
  await page.goto(app.server.url);
  await page.getByRole('heading', { level: 1, name: 'Your business cases' }).waitFor();
}, 120_000);

afterAll(async () => app?.stop());

describe('delete for good (en)', () => {
  it('moves a case to the trash, Escape cancels the confirmation, then deletes it for good', async () => {
    const acme = unwrap(app.store.listCases({ query: 'Acme' }))[0]!;
    unwrap(app.store.createSnapshot(acme.id, 'Signed off'));
    await page.getByRole('button', { name: 'Delete: Acme renewal' }).click();
    await expect.poll(trashed).toEqual(['Acme renewal']);
    await page.getByRole('button', { name: 'Trash', exact: true }).click();
    const del = page.getByRole('button', { name: 'Delete for good: Acme renewal' });
    await del.click();

    const dialog = page.getByRole('dialog', { name: 'Delete “Acme renewal” for good?' });
    await dialog.waitFor();
    const text = await dialog.textContent();
    expect(text).toContain('Its scenarios and saved versions are removed from this computer and cannot be restored.');
    expect(text).toContain('Automatic backups taken earlier (one a day, the newest ten kept) still hold it until they roll off.');
    expect(await dialog.getAttribute('aria-describedby')).toBeTruthy();
    expect(await focusedName()).toBe('Cancel'); // the safe answer has focus
    // Modal: the page behind is inert, so Tab stays in the dialog.
    for (let i = 0; i < 4; i++) {
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => !!document.activeElement?.closest('dialog'))).toBe(true);
    }
    await page.screenshot({ path: join(ARTIFACTS, 'en-confirm-one.png') });

    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(focusedName).toBe('Delete for good: Acme renewal');
    expect(trashed()).toEqual(['Acme renewal']); // nothing deleted

    await del.click();
    await dialog.getByRole('button', { name: 'Delete for good' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByRole('status').filter({ hasText: '“Acme renewal” was deleted for good.' }).waitFor();
    await page.getByText('The trash is empty.').waitFor();
    expect(await del.count()).toBe(0);
    // Gone from the database: the case, its scenarios and its versions.
    expect(trashed()).toEqual([]);
    expect(app.store.openCase(acme.id)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(app.store.listVersions(acme.id)).toMatchObject({ ok: false });
    expect(unwrap(app.store.listCases()).map((c) => c.name).sort()).toEqual(['Beta pilot', 'Gamma rollout', 'Keep this one']);
    // The opener is gone: focus goes back to the trash's own button, not to the page's top.
    await expect.poll(focusedName).toBe('Trash');
  }, 60_000);
});

describe('svuota il cestino (it)', () => {
  it('empties the trash after a confirmation with the count and the names', async () => {
    await page.locator('#language').selectOption('it');
    await page.getByRole('heading', { level: 1, name: 'I tuoi business case' }).waitFor();
    await page.getByRole('button', { name: 'Elimina: Beta pilot' }).click();
    await page.getByRole('button', { name: 'Elimina: Gamma rollout' }).click();
    await expect.poll(trashed).toEqual(['Beta pilot', 'Gamma rollout']);
    // Reopen the trash so it lists what is in it now.
    const toggle = page.getByRole('button', { name: 'Cestino', exact: true });
    if ((await toggle.getAttribute('aria-expanded')) === 'true') await toggle.click();
    await toggle.click();
    await page.getByRole('button', { name: 'Elimina definitivamente: Gamma rollout' }).waitFor();

    const empty = page.getByRole('button', { name: 'Svuota il cestino' });
    await empty.click();
    const dialog = page.getByRole('dialog', { name: 'Eliminare definitivamente i 2 case nel cestino?' });
    await dialog.waitFor();
    const text = await dialog.textContent();
    expect(text).toContain('Beta pilot');
    expect(text).toContain('Gamma rollout');
    expect(text).toContain('I loro scenari e le versioni salvate vengono rimossi da questo computer e non potranno essere ripristinati.');
    expect(text).toContain('I backup automatici fatti in precedenza');
    await dialog.getByRole('button', { name: 'Annulla' }).click();
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(focusedName).toBe('Svuota il cestino');
    expect(trashed()).toEqual(['Beta pilot', 'Gamma rollout']);

    await empty.click();
    await page.screenshot({ path: join(ARTIFACTS, 'it-confirm-empty.png') });
    await dialog.getByRole('button', { name: 'Svuota il cestino' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByRole('status').filter({ hasText: '2 case sono stati eliminati definitivamente.' }).waitFor();
    await page.getByText('Il cestino è vuoto.').waitFor();
    expect(trashed()).toEqual([]);
    expect(unwrap(app.store.listCases()).map((c) => c.name)).toEqual(['Keep this one']);
  }, 60_000);

  it('deletes nothing when a case left the trash meanwhile (restored elsewhere), and says so', async () => {
    const one = unwrap(app.store.createCase({ name: 'Delta' }));
    const two = unwrap(app.store.createCase({ name: 'Epsilon' }));
    unwrap(app.store.trashCase(one.id));
    unwrap(app.store.trashCase(two.id));
    const toggle = page.getByRole('button', { name: 'Cestino', exact: true });
    if ((await toggle.getAttribute('aria-expanded')) === 'true') await toggle.click();
    await toggle.click();
    await page.getByRole('button', { name: 'Elimina definitivamente: Epsilon' }).waitFor();
    unwrap(app.store.restoreCase(two.id)); // "another window" restores it while the trash is shown
    await page.getByRole('button', { name: 'Svuota il cestino' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Svuota il cestino' }).click();
    await page.getByRole('alert').filter({ hasText: 'Non è stato eliminato nulla' }).waitFor();
    expect(trashed()).toEqual(['Delta']);
    // The trash now shows what is in it.
    await expect.poll(() => page.getByRole('button', { name: /^Elimina definitivamente: / }).count()).toBe(1);
  }, 60_000);
});

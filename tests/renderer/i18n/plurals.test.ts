/**
 * Counted messages read as a person would write them, in English and Italian: "1 value", "4 values",
 * never "value(s)" or "voce/i". i18next picks the form by Intl.PluralRules of the language.
 */
import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { resources } from '@renderer/src/i18n';
import { en } from '@renderer/src/i18n/en';
import { it as itDict } from '@renderer/src/i18n/it';

const i18n = i18next.createInstance();
beforeAll(async () => {
  await i18n.init({ resources, lng: 'en', interpolation: { escapeValue: false } });
});
const t = (lang: 'en' | 'it', key: string, o: Record<string, unknown>) => i18n.getFixedT(lang)(key, o);

function leaves(o: unknown, prefix = ''): [string, string][] {
  if (typeof o === 'string') return [[prefix, o]];
  if (o && typeof o === 'object') return Object.entries(o).flatMap(([k, v]) => leaves(v, prefix ? `${prefix}.${k}` : k));
  return [];
}

describe('counted messages', () => {
  it('the ticket wizard says "Took 1 value" and "Took 4 values" (it: "Acquisito 1 valore", "Acquisiti 4 valori")', () => {
    const name = 'zendesk-export.csv';
    expect(t('en', 'tickets.taken', { count: 1, name })).toBe('Took 1 value from zendesk-export.csv. Undo takes it back out.');
    expect(t('en', 'tickets.taken', { count: 4, name })).toBe('Took 4 values from zendesk-export.csv. Undo takes them back out.');
    expect(t('it', 'tickets.taken', { count: 1, name })).toBe('Acquisito 1 valore da zendesk-export.csv. «Annulla modifica» lo toglie.');
    expect(t('it', 'tickets.taken', { count: 4, name })).toBe('Acquisiti 4 valori da zendesk-export.csv. «Annulla modifica» li toglie.');
  });

  it('the workbook import says "1 change" / "3 changes" (it: "1 modifica" / "3 modifiche")', () => {
    expect(t('en', 'roundtrip.taken', { count: 1, name: 'b.xlsx' })).toBe('Took 1 change from b.xlsx. Undo takes it back out.');
    expect(t('en', 'roundtrip.taken', { count: 3, name: 'b.xlsx' })).toBe('Took 3 changes from b.xlsx. Undo takes them back out.');
    expect(t('it', 'roundtrip.taken', { count: 1, name: 'b.xlsx' })).toBe('Accettata 1 modifica da b.xlsx. Annulla la toglie di nuovo.');
    expect(t('it', 'roundtrip.taken', { count: 3, name: 'b.xlsx' })).toBe('Accettate 3 modifiche da b.xlsx. Annulla le toglie di nuovo.');
  });

  it('deleting a segment names its revenue lines only when there are some, in the right number', () => {
    expect(t('en', 'segments.deleted', { count: 0, name: 'SMB' })).toBe('Deleted “SMB”.');
    expect(t('en', 'segments.deleted', { count: 1, name: 'SMB' })).toBe('Deleted “SMB” and 1 revenue line that used it.');
    expect(t('en', 'segments.deleted', { count: 2, name: 'SMB' })).toBe('Deleted “SMB” and 2 revenue lines that used it.');
    expect(t('it', 'segments.deleted', { count: 0, name: 'PMI' })).toBe('Eliminato «PMI».');
    expect(t('it', 'segments.deleted', { count: 1, name: 'PMI' })).toBe('Eliminato «PMI» e 1 voce di ricavo collegata.');
    expect(t('it', 'segments.deleted', { count: 2, name: 'PMI' })).toBe('Eliminato «PMI» e 2 voci di ricavo collegate.');
  });

  it('no text in either dictionary hedges a plural with "(s)" or a slash ending ("voce/i")', () => {
    for (const [key, text] of [...leaves(en), ...leaves(itDict)]) expect(text, key).not.toMatch(/\w\((?:s|i|e|es)\)|\b\w+\/(?:i|e|a|o)\b/);
  });
});

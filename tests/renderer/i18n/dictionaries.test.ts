import { describe, expect, it } from 'vitest';
import { en } from '@renderer/src/i18n/en';
import { it as itDict } from '@renderer/src/i18n/it';

function leaves(o: unknown, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  if (typeof o === 'string') out.set(prefix, o);
  else if (o && typeof o === 'object') for (const [k, v] of Object.entries(o)) for (const [p, s] of leaves(v, prefix ? `${prefix}.${k}` : k)) out.set(p, s);
  return out;
}

describe('UI dictionaries', () => {
  const e = leaves(en);
  const i = leaves(itDict);
  it('Italian has exactly the English keys', () => {
    expect([...i.keys()].sort()).toEqual([...e.keys()].sort());
  });
  it('every Italian text is filled in and keeps the same placeholders', () => {
    for (const [k, v] of e) {
      const iv = i.get(k) ?? '';
      expect(iv.trim(), k).not.toBe('');
      const ph = (s: string) => (s.match(/\{\{\w+\}\}/g) ?? []).sort();
      expect(ph(iv), k).toEqual(ph(v));
    }
  });
});

/** Reading a case from untrusted input: one clear message per problem, each with its JSON path. */
import { describe, expect, it } from 'vitest';
import { jsonPath, parseCase, parseCaseText } from '@shared/case/validate';
import { generateCase } from '../../support/arbitraries';

// A known-valid case with one of everything the tests below break.
const good = generateCase(11, { segments: [2, 2], moments: [2, 2], scenarios: [1, 1], revenueLines: [2, 2], extraSavingLines: [1, 1], costLines: [2, 2] });
const text = JSON.stringify(good);

function problemsOf(input: string) {
  const r = parseCaseText(input);
  if (r.ok) throw new Error('expected problems, the case was accepted');
  return r.problems;
}

/** A copy of the good case with one change made by `edit`. */
function edited(edit: (c: Record<string, unknown> & { scenarios: Record<string, unknown>[] }) => void): string {
  const c = JSON.parse(text);
  edit(c);
  return JSON.stringify(c);
}

describe('parseCaseText', () => {
  it('accepts a valid case as it is, and says it was not migrated', () => {
    const r = parseCaseText(text);
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.value).toEqual(good);
      expect(r.migratedFrom).toBeNull();
    }
  });

  it('not JSON: one problem at $', () => {
    const p = problemsOf('{"schemaVersion": 1,');
    expect(p).toHaveLength(1);
    expect(p[0]?.path).toBe('$');
    expect(p[0]?.message).toMatch(/^Not valid JSON/);
  });

  it('JSON that is not an object: one problem at $', () => {
    for (const t of ['[]', '42', 'null', '"case"']) expect(problemsOf(t)).toEqual([{ path: '$', message: 'A case must be a JSON object' }]);
  });

  it('a wrong type names what the field must be', () => {
    expect(problemsOf(edited((c) => ((c.scenarios[0] as { segments: Record<string, unknown>[] }).segments[0]!.customers = '1000')))).toEqual([
      { path: '$.scenarios[0].segments[0].customers', message: 'Must be a number' },
    ]);
    expect(problemsOf(edited((c) => (c.name = 42)))).toEqual([{ path: '$.name', message: 'Must be text' }]);
    expect(problemsOf(edited((c) => ((c.scenarios[0] as { segments: Record<string, unknown>[] }).segments[1]!.priority = 'yes')))).toEqual([
      { path: '$.scenarios[0].segments[1].priority', message: 'Must be true or false' },
    ]);
    expect(problemsOf(edited((c) => (c.scenarios[0]!.moments = 'many')))).toEqual([{ path: '$.scenarios[0].moments', message: 'Must be a list' }]);
    expect(problemsOf(edited((c) => ((c.scenarios[0] as { segments: Record<string, unknown>[] }).segments[0]!.tier = 'gold')))).toEqual([
      { path: '$.scenarios[0].segments[0].tier', message: 'Must be one of: strategic, midMarket, lowTouch' },
    ]);
  });

  it('a percentage of 250% is out of range', () => {
    expect(problemsOf(edited((c) => ((c.scenarios[0] as { segments: Record<string, unknown>[] }).segments[0]!.grossMargin = 2.5)))).toEqual([
      { path: '$.scenarios[0].segments[0].grossMargin', message: 'Must be at most 100%' },
    ]);
  });

  it('a negative customer count is refused', () => {
    expect(problemsOf(edited((c) => ((c.scenarios[0] as { segments: Record<string, unknown>[] }).segments[1]!.customers = -5)))).toEqual([
      { path: '$.scenarios[0].segments[1].customers', message: 'Must be 0 or more' },
    ]);
  });

  it('a churn of 0, or so small that CLV would be infinite, is refused (floor 0.01% a year)', () => {
    for (const churn of [0, 1e-320, 0.00009])
      expect(problemsOf(edited((c) => ((c.scenarios[0] as { segments: Record<string, unknown>[] }).segments[0]!.annualChurn = churn)))).toEqual([
        { path: '$.scenarios[0].segments[0].annualChurn', message: 'Must be at least 0.01% (CLV = ARPU × margin ÷ churn)' },
      ]);
  });

  it('a horizon of 0 months (or a fraction of one) is refused', () => {
    expect(problemsOf(edited((c) => (c.horizonMonths = 0)))).toEqual([{ path: '$.horizonMonths', message: 'Must be at least 12 months' }]);
    expect(problemsOf(edited((c) => (c.horizonMonths = 12.5)))).toEqual([{ path: '$.horizonMonths', message: 'Must be a whole number of months' }]);
  });

  it('an unknown field is an error, never silently dropped', () => {
    expect(problemsOf(edited((c) => (c.colour = 'red')))).toEqual([{ path: '$.colour', message: 'Unknown field' }]);
    expect(problemsOf(edited((c) => ((c.scenarios[0]!.service as Record<string, unknown>)['fte count'] = 3)))).toEqual([
      { path: '$.scenarios[0].service["fte count"]', message: 'Unknown field' },
    ]);
  });

  it('__proto__ and constructor keys are refused by name, wherever they are', () => {
    const proto = text.replace(/^\{"schemaVersion":(\d+)/, '{"__proto__":{"polluted":true},"schemaVersion":$1');
    expect(problemsOf(proto)).toEqual([{ path: '$.__proto__', message: 'The key "__proto__" is not allowed' }]);
    const deep = text.replace('"segments":[{', '"segments":[{"constructor":{"prototype":{}},');
    expect(problemsOf(deep)).toEqual([{ path: '$.scenarios[0].segments[0].constructor', message: 'The key "constructor" is not allowed' }]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('a missing field is "Required", whatever its type', () => {
    const p = problemsOf(
      edited((c) => {
        const seg = (c.scenarios[0] as { segments: Record<string, unknown>[] }).segments[0]!;
        delete seg.customers;
        delete seg.tier;
        delete seg.priority;
        delete c.scenarios[0]!.service;
      }),
    );
    expect(p).toEqual(
      expect.arrayContaining([
        { path: '$.scenarios[0].segments[0].customers', message: 'Required' },
        { path: '$.scenarios[0].segments[0].tier', message: 'Required' },
        { path: '$.scenarios[0].segments[0].priority', message: 'Required' },
        { path: '$.scenarios[0].service', message: 'Required' },
      ]),
    );
    expect(p).toHaveLength(4);
  });

  it('an unknown line kind is reported once, at its kind', () => {
    expect(problemsOf(edited((c) => ((c.scenarios[0] as { savingLines: Record<string, unknown>[] }).savingLines[0]!.kind = 'magic')))).toEqual([
      { path: '$.scenarios[0].savingLines[0].kind', message: 'Unknown or missing kind' },
    ]);
  });

  it('lists every problem of a file with several, each once', () => {
    const p = problemsOf(
      edited((c) => {
        c.horizonMonths = 0;
        c.discountRate = -0.1;
        c.colour = 'red';
        (c.scenarios[0] as { segments: Record<string, unknown>[] }).segments[0]!.grossMargin = 2.5;
      }),
    );
    expect(p.map((x) => x.path).sort()).toEqual(['$.colour', '$.discountRate', '$.horizonMonths', '$.scenarios[0].segments[0].grossMargin']);
  });

  it('cross-references: duplicate ids, lines pointing at missing segments, two deflection lines, duplicate scenario names', () => {
    const p = problemsOf(
      edited((c) => {
        const s = c.scenarios[0] as { segments: { id: string }[]; savingLines: Record<string, unknown>[]; revenueLines: Record<string, unknown>[] };
        s.segments[1]!.id = s.segments[0]!.id;
        s.savingLines.push({ kind: 'deflection', id: 'sav_extra', label: 'Second', startMonth: 1, rampMonths: 0, haircut: 0, enabled: true, source: '', notes: '' });
        s.revenueLines.push({ kind: 'expansion', id: 'rev_x', label: 'X', segmentId: 'seg_missing', uplift: 0.01, startMonth: 1, rampMonths: 0, haircut: 0, enabled: true, source: '', notes: '' });
        c.scenarios.push({ ...structuredClone(c.scenarios[0]!), id: 'scn_copy', name: 'BASE' });
      }),
    );
    expect(p).toEqual(
      expect.arrayContaining([
        { path: '$.scenarios[0].segments[1].id', message: 'Duplicate id' },
        { path: '$.scenarios[0].revenueLines[2].segmentId', message: 'Refers to a segment that does not exist' },
        { path: expect.stringMatching(/^\$\.scenarios\[0\]\.savingLines\[\d+\]\.kind$/), message: 'Only one deflection line per scenario' },
        { path: '$.scenarios[1].name', message: 'Another scenario has this name' },
      ]),
    );
  });

  it('a case from a newer app is refused with a message that says so', () => {
    const p = problemsOf(text.replace(/"schemaVersion":\d+/, '"schemaVersion":7'));
    expect(p).toHaveLength(1);
    expect(p[0]?.path).toBe('$.schemaVersion');
    expect(p[0]?.message).toMatch(/newer version of CX Case/);
  });

  it('numbers too large for a double (1e400) are not numbers', () => {
    expect(problemsOf(text.replace(/"horizonMonths":\d+/, '"horizonMonths":1e400'))).toEqual([{ path: '$.horizonMonths', message: 'Must be a whole number of months' }]);
  });

  it('parseCase of a value (not text) gives the same problems', () => {
    const r = parseCase({ ...good, horizonMonths: 0 });
    expect(r.ok ? [] : r.problems).toEqual([{ path: '$.horizonMonths', message: 'Must be at least 12 months' }]);
  });
});

describe('jsonPath', () => {
  it('writes identifiers with dots, indices in brackets, anything else quoted', () => {
    expect(jsonPath(['scenarios', 0, 'segments', 12, 'arpu'])).toBe('$.scenarios[0].segments[12].arpu');
    expect(jsonPath(['a b', 'x"y'])).toBe('$["a b"]["x\\"y"]');
    expect(jsonPath([])).toBe('$');
  });
});

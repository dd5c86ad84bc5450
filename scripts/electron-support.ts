/**
 * Is the Electron pinned in package.json still supported? Electron supports its latest three stable
 * majors; resources/electron-support.json lists each major's stable release and end of support, and
 * is updated with every Electron upgrade. tests/scripts/electron-support.test.ts runs this check
 * against today's date, so the suite fails once the pinned major falls out of support.
 */
export interface ElectronMajor {
  major: number;
  /** ISO date (YYYY-MM-DD) of the x.0.0 stable release. */
  stable: string;
  /** ISO date on which support ends: the day major + 3 ships. */
  endOfSupport: string;
  /** Which of the two dates are estimates rather than published release dates. */
  estimated: ('stable' | 'endOfSupport')[];
}

export interface ElectronSupportTable {
  majors: ElectronMajor[];
}

const isoDay = (d: Date): string => d.toISOString().slice(0, 10);

/** The majors supported on `today` by the table: released, not past end of support, newest three. */
export function supportedMajors(table: ElectronSupportTable, today: Date): number[] {
  const day = isoDay(today);
  return table.majors
    .filter((m) => m.stable <= day && day < m.endOfSupport)
    .map((m) => m.major)
    .sort((a, b) => b - a)
    .slice(0, 3);
}

/** The one major a caret, tilde or exact range allows (`^45.5.0`, `~45.1.0`, `45.5.0`, `45`), else null. */
export function pinnedMajor(range: string | undefined): number | null {
  const m = /^\s*[\^~]?(\d+)(?:\.\d+){0,2}\s*$/.exec(range ?? '');
  return m?.[1] !== undefined ? Number(m[1]) : null;
}

/** Every reason the pinned Electron is not supported on `today`; empty when it is. */
export function electronSupportProblems(pkg: { devDependencies?: Record<string, string>; dependencies?: Record<string, string> }, table: ElectronSupportTable, today: Date): string[] {
  const range = pkg.devDependencies?.['electron'] ?? pkg.dependencies?.['electron'];
  const major = pinnedMajor(range);
  if (major === null) return [`package.json pins electron as "${range ?? '(missing)'}": pin one major (e.g. "^45.5.0").`];
  const entry = table.majors.find((m) => m.major === major);
  if (!entry) return [`Electron ${major} is not in resources/electron-support.json: add it with its release and end-of-support dates.`];
  const supported = supportedMajors(table, today);
  if (supported.includes(major)) return [];
  const day = isoDay(today);
  const why = day >= entry.endOfSupport ? `its support ended on ${entry.endOfSupport}` : day < entry.stable ? `it is not released until ${entry.stable}` : 'it is not among the latest three majors';
  return [`Electron ${major} is out of support on ${day}: ${why}. Supported: ${supported.join(', ') || 'none by the table (update resources/electron-support.json)'}. Upgrade electron and update the table.`];
}

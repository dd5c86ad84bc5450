/**
 * The words of the Assumptions sheet's side-by-side layout (one value column per scenario), in
 * English and Italian; merged into the dictionary under `side` by labels-more.ts.
 */
const en = {
  /** The item of the case-wide rows: their one value sits in the first scenario's column. */
  caseAll: 'Case (all scenarios)',
  /** Header of a scenario's defined-name column. */
  nameOf: (scenario: string) => `Defined name — ${scenario}`,
  /** Shown in a scenario's cell when the item is not in that scenario. */
  absent: '—',
  legendAbsent: '— (grey): the item is not in this scenario; no name, no value',
};

export const EN_SIDE: typeof en = en;

export const IT_SIDE: typeof en = {
  caseAll: 'Caso (tutti gli scenari)',
  nameOf: (scenario: string) => `Nome definito — ${scenario}`,
  absent: '—',
  legendAbsent: "— (grigio): la voce non è in questo scenario; nessun nome, nessun valore",
};

/**
 * The round trip's UI text (importing changes from a returned workbook), in both languages: kept
 * beside the main dictionaries so en.ts and it.ts stay short; they include it under `roundtrip`.
 */
export const ROUNDTRIP_EN = {
  import: 'Import changes from workbook', reading: 'Reading the workbook…',
  failed: 'The workbook’s changes were not read: {{message}}',
  tooLarge: '{{name}} is larger than {{mb}} MB, so it cannot be an exported workbook.',
  title: 'Changes from {{name}}',
  intro: 'These inputs were changed in the workbook. Tick the ones to take: taking them is one step you can undo, and the case as it is now is first saved as the version “{{version}}”.',
  version: 'Before edits from {{name}}',
  noChanges: 'The workbook holds no changed input to take.',
  cols: { take: 'Take', scenario: 'Scenario', step: 'Step', item: 'Item', field: 'Field', change: 'App → workbook', alone: 'NPV effect alone' },
  tick: 'Take {{item}}',
  caseWide: 'Whole case',
  formula: 'typed as the formula ={{formula}}',
  conflict: 'also changed in the app since the export',
  together: 'Ticked changes together, {{scenario}}: NPV {{before}} → {{after}} ({{effect}})',
  refused: 'Not taken: values the app refuses',
  notImportable: 'Cannot come back into the case',
  overwritten: 'Calculation cells overwritten in the workbook (their formula is gone)',
  overwrittenItem: '{{sheet}}!{{cell}}, was ={{formula}}',
  take: 'Take the ticked changes ({{count}})',
  taken_one: 'Took {{count}} change from {{name}}. Undo takes it back out.', taken_other: 'Took {{count}} changes from {{name}}. Undo takes them back out.',
  steps: { case: 'Case', service: 'Service costs', segments: 'Priority segments', moments: 'Key moments', benchmarks: 'Competitor benchmarks', revenue: 'Revenue sources', savings: 'Cost reductions', costs: 'Investment' },
} as const;

export const ROUNDTRIP_IT = {
  import: 'Importa modifiche dalla cartella di lavoro', reading: 'Lettura della cartella di lavoro…',
  failed: 'Le modifiche della cartella di lavoro non sono state lette: {{message}}',
  tooLarge: '{{name}} supera {{mb}} MB, quindi non può essere una cartella di lavoro esportata.',
  title: 'Modifiche da {{name}}',
  intro: 'Questi input sono stati cambiati nella cartella di lavoro. Spunta quelli da accettare: accettarli è un solo passo annullabile, e prima il caso com’è ora viene salvato come versione “{{version}}”.',
  version: 'Prima delle modifiche da {{name}}',
  noChanges: 'La cartella di lavoro non contiene input modificati da accettare.',
  cols: { take: 'Accetta', scenario: 'Scenario', step: 'Passo', item: 'Voce', field: 'Campo', change: 'App → cartella', alone: 'Effetto sul VAN da solo' },
  tick: 'Accetta {{item}}',
  caseWide: 'Intero caso',
  formula: 'inserito come formula ={{formula}}',
  conflict: 'cambiato anche nell’app dopo l’esportazione',
  together: 'Modifiche spuntate insieme, {{scenario}}: VAN {{before}} → {{after}} ({{effect}})',
  refused: 'Non accettati: valori che l’app rifiuta',
  notImportable: 'Non possono tornare nel caso',
  overwritten: 'Celle di calcolo sovrascritte nella cartella di lavoro (la formula non c’è più)',
  overwrittenItem: '{{sheet}}!{{cell}}, era ={{formula}}',
  take: 'Accetta le modifiche spuntate ({{count}})',
  taken_one: 'Accettata {{count}} modifica da {{name}}. Annulla la toglie di nuovo.', taken_other: 'Accettate {{count}} modifiche da {{name}}. Annulla le toglie di nuovo.',
  steps: { case: 'Caso', service: 'Costi del servizio', segments: 'Segmenti prioritari', moments: 'Momenti chiave', benchmarks: 'Benchmark dei concorrenti', revenue: 'Fonti di ricavo', savings: 'Riduzioni di costo', costs: 'Investimento' },
};

/** The name of an assumption in the reader's language: its item (segment, moment, line) and its field. */
import type { TFunction } from 'i18next';
import type { Assumption } from '@shared/risk/assumptions';

export function assumptionLabel(t: TFunction, a: Pick<Assumption, 'itemName' | 'field'>): string {
  const field = t(`risk.field.${a.field}`, { defaultValue: a.field });
  return a.itemName ? `${a.itemName}: ${field}` : field;
}

/** Percent fields are typed and shown as percentages; everything else as a plain number. */
export function isPercent(a: Pick<Assumption, 'kind' | 'max'>): boolean {
  return a.kind === 'rate';
}

import { describe, expect, it } from 'vitest';
import { listAssumptions } from '@shared/risk/assumptions';
import { labelEn } from '@shared/risk/labels';
import { assumptionName, RISK_WORDS, type RiskLang } from '@shared/risk/words';
import { riskLabels } from '@electron-node/export/xlsx/labels-risk';
import { riskEn } from '@renderer/src/i18n/risk-en';
import { riskIt } from '@renderer/src/i18n/risk-it';
import { richCase } from '@tests/electron/node/export/xlsx/fixtures';

const app = { en: riskEn, it: riskIt } as const;
const langs: RiskLang[] = ['en', 'it'];
/** Every ranged field of a case with every kind of line. */
const fields = [...new Set(listAssumptions(richCase(), 0).map((a) => a.field))];

describe('risk words shared by the app and the workbook', () => {
  it('name every ranged field in both languages, never by its code', () => {
    expect(fields.length).toBeGreaterThan(20);
    for (const lang of langs) {
      for (const field of fields) expect(assumptionName(RISK_WORDS[lang], { itemName: null, field })).not.toBe(field);
    }
    expect(assumptionName(RISK_WORDS.it, { itemName: 'Chat', field: 'volume' })).toBe('Chat: Volume');
    expect(assumptionName(RISK_WORDS.it, { itemName: null, field: 'agentHourCost' })).toBe("Costo dell'ora agente");
  });

  it('give the Risk sheet the same assumption names and headings as the app, in each language', () => {
    for (const lang of langs) {
      const R = riskLabels(lang);
      const A = app[lang];
      for (const field of fields) expect(assumptionName(R, { itemName: 'X', field })).toBe(`X: ${A.field[field as keyof typeof A.field]}`);
      expect([R.assumption, R.likely, R.low, R.high, R.owner, R.sourceDate]).toEqual([A.register.assumption, A.register.likely, A.register.low, A.register.high, A.register.owner, A.register.sourceDate]);
      expect([R.npvLow, R.npvHigh, R.beyond, R.distance, R.none]).toEqual([A.tornado.npvLow, A.tornado.npvHigh, A.tornado.noPayback, A.breakEven.distance, A.breakEven.none]);
      expect([R.mean, R.npv, R.roi, R.payback, R.seed, R.trials]).toEqual([A.mc.mean, A.mc.npv, A.mc.roi, A.mc.payback, A.settings.seed, A.settings.trials]);
    }
    expect(riskLabels('it').assumption).toBe('Ipotesi');
  });

  it("keep the CLI's English names: item and field once", () => {
    expect(labelEn({ itemName: 'Password reset', field: 'deflectionRate' })).toBe('Password reset: Deflection rate');
    expect(labelEn({ itemName: null, field: 'unknownField' })).toBe('unknownField');
  });
});

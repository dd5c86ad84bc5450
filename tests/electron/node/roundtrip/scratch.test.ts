import { it } from 'vitest';
import { readRoundTrip } from '../../../../electron/node/roundtrip/index';
import { richCase } from '../export/xlsx/fixtures';
import { editWorkbook, exported } from './helpers';

it('scratch', async () => {
  const c = richCase();
  const bytes = await editWorkbook(await exported(c), (_wb, cell) => {
    cell('S1_Seg1_Churn').value = 0.2;
    cell('S2_Mom2_Deflection').value = '25%';
    cell('Case_DiscountRate').value = { formula: '0.1+0.02', result: 0.12 };
    cell('S1_Cost1_Amount').value = null;
  });
  const r = await readRoundTrip(c, bytes);
  console.log(JSON.stringify(r, null, 1).slice(0, 6000));
});

/** What a PDF export covers, shared by the API contract, the printers and the renderer's print mode. */
import { z } from 'zod';
import { RiskAnalysisSchema } from '../risk/analysis-schema';

/** Every scenario (the report's own in detail, with the comparison and the downside case) or only the one on screen. */
export const ScenarioScopeSchema = z.enum(['all', 'one']);
export type ScenarioScope = z.infer<typeof ScenarioScopeSchema>;

/**
 * The risk analysis a printer hands the print page with the case: the one of the scenario printed
 * (its id, resolved by the printer), computed on the Node side or taken from its analysis cache, so
 * the page does not rerun the Monte Carlo on every export.
 */
export const PrintRiskSchema = z.strictObject({ scenarioId: z.string(), analysis: RiskAnalysisSchema });
export type PrintRisk = z.infer<typeof PrintRiskSchema>;

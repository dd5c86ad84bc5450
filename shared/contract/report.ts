/** What a PDF export covers, shared by the API contract, the printers and the renderer's print mode. */
import { z } from 'zod';

/** Every scenario (the report's own in detail, with the comparison and the downside case) or only the one on screen. */
export const ScenarioScopeSchema = z.enum(['all', 'one']);
export type ScenarioScope = z.infer<typeof ScenarioScopeSchema>;

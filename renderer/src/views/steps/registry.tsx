/** Which view renders each step of the workspace. */
import type { ComponentType } from 'react';
import type { Case } from '../../../../shared/case/schema';
import type { ScenarioResult } from '../../../../shared/engine/compute';
import type { StepId } from '../../state/store';
import { BenchmarksStep } from './BenchmarksStep';
import { CompareStep } from './CompareStep';
import { CostsStep } from './CostsStep';
import { MomentsStep } from './MomentsStep';
import { RevenueStep } from './RevenueStep';
import { SegmentsStep } from './SegmentsStep';
import { SummaryStep } from './SummaryStep';
import { ReportStep } from '../report/ReportStep';

export interface StepProps {
  doc: Case;
  /** Index of the scenario shown. */
  si: number;
  result: ScenarioResult;
  /** Results of every scenario (Compare, Report). */
  results: ScenarioResult[];
}

export const STEP_VIEWS: Partial<Record<StepId, ComponentType<StepProps>>> = {
  segments: SegmentsStep,
  moments: MomentsStep,
  benchmarks: BenchmarksStep,
  revenue: RevenueStep,
  costs: CostsStep,
  summary: SummaryStep,
  compare: CompareStep,
  report: ReportStep,
};

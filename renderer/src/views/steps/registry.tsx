/** Which view renders each step of the workspace. */
import type { ComponentType } from 'react';
import type { StepId } from '../../state/store';
import type { StepProps } from './step-props';
import { BenchmarksStep } from './BenchmarksStep';
import { CompareStep } from './CompareStep';
import { CostsStep } from './CostsStep';
import { MomentsStep } from './MomentsStep';
import { RevenueStep } from './RevenueStep';
import { SegmentsStep } from './SegmentsStep';
import { SummaryStep } from './SummaryStep';
import { ReportStep } from '../report/ReportStep';
import { RiskStep } from '../risk/RiskStep';

export const STEP_VIEWS: Partial<Record<StepId, ComponentType<StepProps>>> = {
  segments: SegmentsStep,
  moments: MomentsStep,
  benchmarks: BenchmarksStep,
  revenue: RevenueStep,
  costs: CostsStep,
  summary: SummaryStep,
  risk: RiskStep,
  compare: CompareStep,
  report: ReportStep,
};

/** Service volume: baseline, per-moment volumes and the deflection → AI → assisted chain. */
import type { Moment, Scenario } from '@shared/case/schema';

/** Seed 001: a question asked more than ~20 times a month deserves self-service or automation. */
export const AUTOMATION_THRESHOLD_PER_MONTH = 20;

/** V = Σ customers × contacts per customer a year / 12, unless overridden. */
export function baselineVolume(s: Scenario): number {
  if (s.service.volumeOverride !== null) return s.service.volumeOverride;
  let v = 0;
  for (const seg of s.segments) v += (seg.customers * seg.contactsPerCustomerYear) / 12;
  return v;
}

/** v_j: a share of V, or an absolute monthly figure. */
export function momentVolume(m: Moment, baseline: number): number {
  return m.volumeMode === 'share' ? m.volume * baseline : m.volume;
}

/** Moments the deflection and AI programmes act on: automatable and not protected. */
export function inAutomationScope(m: Moment): boolean {
  return m.automatable && !m.protected;
}

export interface MomentFigures {
  id: string;
  monthlyVolume: number;
  inScope: boolean;
  /** More than ~20 a month, not protected: worth self-service or a macro. */
  automationCandidate: boolean;
  /**
   * A suggestion only: more than ~20 a month, not protected and not marked automatable — the rule of
   * thumb says it may deserve automation, but the case leaves it out until the user marks it.
   */
  automationSuggested: boolean;
}

export function momentFigures(moments: readonly Moment[], baseline: number): MomentFigures[] {
  return moments.map((m) => {
    const v = momentVolume(m, baseline);
    return {
      id: m.id,
      monthlyVolume: v,
      inScope: inAutomationScope(m),
      automationCandidate: !m.protected && v > AUTOMATION_THRESHOLD_PER_MONTH,
      automationSuggested: !m.automatable && !m.protected && v > AUTOMATION_THRESHOLD_PER_MONTH,
    };
  });
}

/**
 * How much of the baseline the moments cover: Σ v_j / V (0.63 = the moments account for 63% of the
 * baseline contacts; the rest belongs to no moment and stays assisted). Null with no moments or V = 0.
 */
export function momentCoverage(moments: readonly Moment[], baseline: number): number | null {
  if (moments.length === 0 || !(baseline > 0)) return null;
  let total = 0;
  for (const m of moments) total += momentVolume(m, baseline);
  return total / baseline;
}

export interface VolumeSeries {
  baseline: number;
  /** D(m): contacts deflected to self-service. */
  deflected: number[];
  /** A(m): contacts resolved by AI. */
  aiResolved: number[];
  /** H(m) = max(0, V − D − A): contacts still handled by agents. */
  assisted: number[];
  /** True where the moments' volumes add up to more than the baseline (H would go negative). */
  momentsExceedBaseline: boolean;
}

export function volumeSeries(
  moments: readonly Moment[],
  baseline: number,
  deflectionRamp: readonly number[],
  aiRamp: readonly number[],
): VolumeSeries {
  const n = deflectionRamp.length;
  const deflected = new Array<number>(n).fill(0);
  const aiResolved = new Array<number>(n).fill(0);
  const assisted = new Array<number>(n).fill(0);
  let momentTotal = 0;
  for (const mo of moments) {
    const v = momentVolume(mo, baseline);
    momentTotal += v;
    if (!inAutomationScope(mo)) continue;
    for (let m = 0; m < n; m++) {
      const d = v * mo.deflectionRate * (deflectionRamp[m] ?? 0);
      deflected[m] = (deflected[m] ?? 0) + d;
      aiResolved[m] = (aiResolved[m] ?? 0) + (v - d) * mo.aiResolutionRate * (aiRamp[m] ?? 0);
    }
  }
  for (let m = 0; m < n; m++) assisted[m] = Math.max(0, baseline - (deflected[m] ?? 0) - (aiResolved[m] ?? 0));
  return { baseline, deflected, aiResolved, assisted, momentsExceedBaseline: momentTotal > baseline * (1 + 1e-12) };
}

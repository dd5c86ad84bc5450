/**
 * An independent reference for the PERT tests: the Beta CDF by composite Simpson integration of its
 * density (20,000 intervals) — no code shared with shared/risk/pert.ts.
 */
export function betaCdf(alpha: number, beta: number, x: number, intervals = 20_000): number {
  const pdf = (t: number) => Math.pow(t, alpha - 1) * Math.pow(1 - t, beta - 1);
  const simpson = (a: number, b: number) => {
    const h = (b - a) / intervals;
    let s = pdf(a) + pdf(b);
    for (let i = 1; i < intervals; i++) s += pdf(a + i * h) * (i % 2 ? 4 : 2);
    return (s * h) / 3;
  };
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  return simpson(0, x) / simpson(0, 1);
}

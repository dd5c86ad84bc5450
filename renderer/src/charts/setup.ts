/**
 * Chart.js, registered once. Animation is off everywhere: results change on every keystroke, and a
 * canvas caught mid-animation prints blank in the PDF report.
 */
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Filler,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
} from 'chart.js';

Chart.register(LineController, LineElement, PointElement, BarController, BarElement, CategoryScale, LinearScale, Filler, Legend, Tooltip);
Chart.defaults.animation = false;
Chart.defaults.responsive = true;
Chart.defaults.maintainAspectRatio = false;
Chart.defaults.font.family = "'Noto Sans', sans-serif";

export const PALETTE = ['#2563eb', '#16a34a', '#d97706', '#9333ea', '#dc2626', '#0891b2', '#65a30d', '#db2777', '#475569', '#ca8a04'];
export const NEGATIVE = '#dc2626';
export const POSITIVE = '#16a34a';

/** Our level against the best competitor (1 = on par): green at par or ahead, amber within 80%, red further behind. */
export function levelColor(level: number | null): string {
  if (level === null) return '#94a3b8';
  // A hair of tolerance: 4.8 against 6 is 0.7999999999999999 in floating point, and reads as 80%.
  const at = (x: number) => level >= x - 1e-9;
  return at(1) ? POSITIVE : at(0.8) ? (PALETTE[2] ?? '#d97706') : NEGATIVE;
}

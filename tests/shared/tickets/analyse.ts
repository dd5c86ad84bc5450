/** Test helper: runs bytes through the pure CSV stream and analysis in chunks of a given size. */
import { TicketAnalysis, type AnalysisOptions } from '@shared/tickets/analysis';
import { CsvByteStream } from '@shared/tickets/csv-stream';

export function analyseBytes(bytes: Uint8Array, options: AnalysisOptions = {}, chunk = 4096) {
  const a = new TicketAnalysis(options);
  const s = new CsvByteStream((f, line, cut) => a.record(f, line, cut));
  for (let i = 0; i < bytes.length; i += chunk) s.push(bytes.subarray(i, i + chunk));
  s.end();
  return { result: a.finish(), format: s.format };
}

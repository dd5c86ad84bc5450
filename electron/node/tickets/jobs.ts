/**
 * Reading a ticket export as a job the renderer polls: start → status (progress, then the
 * aggregates) → or cancel. A file picked by the main side's dialog is read from disk where it is
 * (read-export.ts, streamed); a browser upload is read chunk by chunk as it arrives (push-reader.ts).
 * The UI thread never reads: it only asks how far the reading is. Paths stay on this side (the
 * renderer holds an opaque id), and what a job keeps is its reader's aggregates, never ticket text.
 */
import { randomBytes } from 'node:crypto';
import { statSync } from 'node:fs';
import { basename } from 'node:path';
import type { PickedExport, TicketJobStatus, TicketOptions, TicketSource } from '@shared/contract/tickets';
import { fail, ok, type Result } from '@shared/contract/result';
import type { AnalysisOptions } from '@shared/tickets/analysis';
import type { FileFacts } from '@shared/tickets/summary-json';
import { lacksCreatedColumn, wizardResult } from '@shared/tickets/wizard-result';
import { readHeader } from './header';
import { PushedExport, type PushedOutcome } from './push-reader';
import { readTicketExport } from './read-export';

/** Jobs kept at once; starting another drops (and stops) the oldest. A wizard runs one at a time. */
const MAX_JOBS = 4;
const MAX_PICKED = 16;

interface Upload {
  reader: PushedExport;
  options: TicketOptions;
  size: number;
  received: number;
  /** Chunks are taken one after the other, in the order they were sent. */
  queue: Promise<unknown>;
}

interface Job {
  status: TicketJobStatus;
  abort: AbortController;
  upload: Upload | null;
}

const newId = () => randomBytes(12).toString('hex');

function analysisOptions(o: TicketOptions): AnalysisOptions {
  return {
    format: o.format,
    map: o.map,
    dateOrder: o.dateOrder ?? undefined,
    zoneOffsetMinutes: o.zoneOffsetMinutes,
    rules: o.rules ?? undefined,
    valueIntents: o.valueIntents,
    customerDomains: o.customerDomains,
  };
}

export class TicketJobs {
  private readonly picked = new Map<string, { path: string; name: string; bytes: number }>();
  private readonly jobs = new Map<string, Job>();

  /** A file the open dialog chose: the renderer gets an id for it, never its path. */
  remember(path: string): Result<PickedExport> {
    let bytes: number;
    try {
      const st = statSync(path);
      if (!st.isFile()) return fail('INVALID_FILE', `${basename(path)} is not a file.`);
      bytes = st.size;
    } catch {
      return fail('INVALID_FILE', `${basename(path)} cannot be read: it does not exist or is not readable.`);
    }
    const fileId = newId();
    this.picked.set(fileId, { path, name: basename(path), bytes });
    while (this.picked.size > MAX_PICKED) this.picked.delete(this.picked.keys().next().value!);
    return ok({ fileId, fileName: basename(path), bytes });
  }

  start(source: TicketSource, options: TicketOptions): Result<{ jobId: string }> {
    const jobId = newId();
    const job: Job = { status: { state: 'running', fraction: 0, rows: 0 }, abort: new AbortController(), upload: null };
    if (source.kind === 'picked') {
      const file = this.picked.get(source.fileId);
      if (!file) return fail('NOT_FOUND', 'That file is no longer open; pick it again.');
      this.add(jobId, job);
      void this.readPicked(job, file.path, options);
    } else {
      job.upload = { reader: new PushedExport(source.fileName, analysisOptions(options)), options, size: source.bytes, received: 0, queue: Promise.resolve() };
      this.add(jobId, job);
    }
    return ok({ jobId });
  }

  push(jobId: string, bytes: Uint8Array, last: boolean): Promise<Result<{ received: number }>> {
    const job = this.jobs.get(jobId);
    const up = job?.upload;
    if (!job || !up) return Promise.resolve(fail('NOT_FOUND', 'That reading is no longer running; start again.'));
    const run = up.queue.then(async (): Promise<Result<{ received: number }>> => {
      if (job.status.state !== 'running') return fail('CANCELLED', 'Reading was stopped.');
      if (up.received + bytes.length > up.size) return fail('INVALID_INPUT', 'More bytes arrived than the file holds.');
      await up.reader.push(bytes);
      up.received += bytes.length;
      job.status = { state: 'running', fraction: up.size > 0 ? up.received / up.size : 1, rows: up.reader.rows };
      if (last) this.settle(job, await up.reader.end(), up.options);
      return ok({ received: up.received });
    });
    up.queue = run.catch(() => undefined);
    return run;
  }

  status(jobId: string): Result<TicketJobStatus> {
    const job = this.jobs.get(jobId);
    return job ? ok(job.status) : fail('NOT_FOUND', 'That reading is no longer running; start again.');
  }

  cancel(jobId: string): Result<Record<string, never>> {
    const job = this.jobs.get(jobId);
    if (job && job.status.state === 'running') {
      job.status = { state: 'cancelled' };
      job.abort.abort();
      job.upload?.reader.cancel();
    }
    return ok({});
  }

  private add(jobId: string, job: Job): void {
    this.jobs.set(jobId, job);
    while (this.jobs.size > MAX_JOBS) {
      const oldest = this.jobs.keys().next().value!;
      this.cancel(oldest);
      this.jobs.delete(oldest);
    }
  }

  private async readPicked(job: Job, path: string, options: TicketOptions): Promise<void> {
    let header: string[] = [];
    try {
      header = await readHeader(path);
    } catch {
      // Not even a header: the reader below says why.
    }
    const r = await readTicketExport(path, {
      ...analysisOptions(options),
      signal: job.abort.signal,
      onProgress: (p) => {
        if (job.status.state === 'running') job.status = { state: 'running', fraction: p.fraction, rows: p.rows };
      },
    });
    if (job.status.state === 'cancelled') return;
    if (!r.ok) return this.settle(job, { ok: false, message: r.message, header }, options);
    const file: FileFacts = { name: r.file.name, kind: r.file.kind, encoding: r.file.csv?.encoding ?? null, delimiter: r.file.csv?.delimiter ?? null };
    this.settle(job, { ok: true, report: r.report, file, header }, options);
  }

  private settle(job: Job, outcome: PushedOutcome, options: TicketOptions): void {
    if (job.status.state === 'cancelled') return;
    if (outcome.ok) {
      job.status = { state: 'done', result: wizardResult(outcome.report, outcome.file, { header: outcome.header, rules: options.rules, valueIntents: options.valueIntents }) };
      return;
    }
    const notTickets = outcome.header.length > 0 && lacksCreatedColumn(outcome.header, options.format, options.map);
    job.status = { state: 'failed', reason: notTickets ? 'notTickets' : 'unreadable', message: outcome.message.slice(0, 2000), header: outcome.header.slice(0, 1000).map((h) => h.slice(0, 200)) };
  }
}

/**
 * The ticket wizard's side of the reading: which file (the main side's dialog in the desktop app —
 * an opaque id, never a path — or the browser's file input), a job started on the main side, the
 * browser's bytes sent in chunks, progress polled until the aggregates come back, and cancel. Then
 * the ticked proposals are taken into the open case as ONE undoable edit, each with its source.
 */
import { create } from 'zustand';
import { TICKET_CHUNK_BYTES, type TicketJobStatus, type TicketOptions, type TicketProposals } from '@shared/contract/tickets';
import { applyTicketPicks, type TicketPicks } from '@shared/tickets/apply';
import { bytesToBase64 } from '../api/files';
import i18n from '../i18n';
import { formatNumber } from '../format/numbers';
import { useStore } from './store';

export type TicketFile = { kind: 'picked'; fileId: string; name: string } | { kind: 'upload'; file: File; name: string };

/** Whether the wizard is open (the Key moments step shows it; the home screen opens it after a new case). */
export const useTicketWizard = create<{ open: boolean; setOpen: (open: boolean) => void }>()((set) => ({ open: false, setOpen: (open) => set({ open }) }));

export const DEFAULT_TICKET_OPTIONS: TicketOptions = { format: 'auto', map: {}, dateOrder: null, zoneOffsetMinutes: 0, rules: null, valueIntents: {}, customerDomains: [] };

const POLL_MS = 120;

/** Desktop app: the open dialog. Null when cancelled (or after telling the user why not). */
export async function pickTicketExport(): Promise<TicketFile | null> {
  const s = useStore.getState();
  if (!s.api) return null;
  const r = await s.api.call('tickets.pick', {});
  if (!r.ok) {
    s.reportError(r.error);
    return null;
  }
  return r.data && { kind: 'picked', fileId: r.data.fileId, name: r.data.fileName };
}

export type JobOutcome = Exclude<TicketJobStatus, { state: 'running' }> | { state: 'error'; message: string };

export interface Progress {
  fraction: number | null;
  rows: number;
}

/**
 * Reads the file with these options, reporting progress; `signal` stops it (the main side drops the
 * job). Resolves with the job's last status.
 */
export async function readTicketFile(file: TicketFile, options: TicketOptions, onProgress: (p: Progress) => void, signal: AbortSignal): Promise<JobOutcome> {
  const api = useStore.getState().api;
  if (!api) return { state: 'error', message: i18n.t('tickets.failed', { message: '' }) };
  const source = file.kind === 'picked' ? { kind: 'picked' as const, fileId: file.fileId } : { kind: 'upload' as const, fileName: file.name.slice(0, 255), bytes: file.file.size };
  const started = await api.call('tickets.start', { source, options });
  if (!started.ok) return { state: 'error', message: started.error.message };
  const { jobId } = started.data;
  const stop = () => void api.call('tickets.cancel', { jobId });
  signal.addEventListener('abort', stop, { once: true });
  try {
    if (file.kind === 'upload') {
      const size = file.file.size;
      for (let at = 0; at < size || at === 0; at += TICKET_CHUNK_BYTES) {
        if (signal.aborted) return { state: 'cancelled' };
        const piece = new Uint8Array(await file.file.slice(at, at + TICKET_CHUNK_BYTES).arrayBuffer());
        const r = await api.call('tickets.push', { jobId, base64: bytesToBase64(piece), last: at + TICKET_CHUNK_BYTES >= size });
        if (!r.ok) return signal.aborted ? { state: 'cancelled' } : { state: 'error', message: r.error.message };
        onProgress({ fraction: size > 0 ? r.data.received / size : 1, rows: 0 });
      }
    }
    for (;;) {
      if (signal.aborted) return { state: 'cancelled' };
      const r = await api.call('tickets.status', { jobId });
      if (!r.ok) return { state: 'error', message: r.error.message };
      if (r.data.state !== 'running') return r.data;
      onProgress({ fraction: r.data.fraction, rows: r.data.rows });
      await new Promise((res) => setTimeout(res, POLL_MS));
    }
  } finally {
    signal.removeEventListener('abort', stop);
  }
}

/** "zendesk.csv, 2025-01-01 to 2025-06-30, 4,000 tickets", in the user's language and the case's number style. */
export function provenanceText(p: TicketProposals['provenance']): string {
  const loc = useStore.getState().doc?.locale ?? 'en-GB';
  return i18n.t('tickets.provenance', { file: p.file, from: p.from, to: p.to, n: formatNumber(p.tickets, loc, 0) });
}

/** Takes the ticked values into scenario si as one undoable edit. True when something was taken. */
export function takeTicketPicks(si: number, proposals: TicketProposals, picks: TicketPicks): boolean {
  const s = useStore.getState();
  const source = provenanceText(proposals.provenance);
  let taken = 0;
  const r = s.change((doc) => {
    taken = applyTicketPicks(doc, si, proposals, picks, source);
    return doc;
  });
  if (!r.ok) {
    s.toast({ kind: 'error', message: i18n.t('tickets.failed', { message: r.problems[0]?.message ?? '' }) });
    return false;
  }
  s.toast({ kind: 'info', message: i18n.t('tickets.taken', { count: taken, name: proposals.provenance.file }) });
  return taken > 0;
}

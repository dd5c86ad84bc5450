/**
 * The ticket-export wizard's handlers (shared/contract/tickets.ts) over one TicketJobs: the
 * dialog (desktop app) or the upload's chunks (browser mode) bring the file; reading runs as a job
 * the renderer polls.
 */
import type { Handlers } from '@shared/contract/dispatch';
import { fail, ok } from '@shared/contract/result';
import type { TicketJobs } from '../tickets/jobs';

type TicketHandlers = Pick<Handlers, 'tickets.pick' | 'tickets.start' | 'tickets.push' | 'tickets.status' | 'tickets.cancel'>;

/** openExport: the native open dialog's chosen path, null when cancelled; null itself when the shell has no dialogs. */
export function ticketHandlers(jobs: TicketJobs, openExport: (() => Promise<string | null>) | null): TicketHandlers {
  return {
    'tickets.pick': async () => {
      if (!openExport) return fail('NOT_SUPPORTED', 'Opening through a dialog is only available in the desktop app.');
      const path = await openExport();
      return path === null ? ok(null) : jobs.remember(path);
    },
    'tickets.start': ({ source, options }) => jobs.start(source, options),
    'tickets.push': ({ jobId, base64, last }) => jobs.push(jobId, new Uint8Array(Buffer.from(base64, 'base64')), last),
    'tickets.status': ({ jobId }) => jobs.status(jobId),
    'tickets.cancel': ({ jobId }) => jobs.cancel(jobId),
  };
}

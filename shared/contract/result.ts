/**
 * The reply shape of every call from the renderer side: data, or an error a user can read.
 * Transports (Electron IPC, the loopback server) carry exactly this; nothing throws across them.
 */
import { z } from 'zod';

export const ProblemSchema = z.strictObject({ path: z.string(), message: z.string() });

export const AppErrorSchema = z.strictObject({
  /** Stable, machine-readable: 'INVALID_INPUT', 'NOT_FOUND', 'DAMAGED', 'TOO_NEW', 'CANCELLED', 'INTERNAL', … */
  code: z.string(),
  /** A sentence a user can read. */
  message: z.string(),
  /** Per-field problems (validation and import reports). */
  problems: z.array(ProblemSchema).optional(),
});

export type AppError = z.infer<typeof AppErrorSchema>;
export type Result<T> = { ok: true; data: T } | { ok: false; error: AppError };

export const ok = <T>(data: T): Result<T> => ({ ok: true, data });
export const fail = (code: string, message: string, problems?: AppError['problems']): { ok: false; error: AppError } =>
  problems ? { ok: false, error: { code, message, problems } } : { ok: false, error: { code, message } };

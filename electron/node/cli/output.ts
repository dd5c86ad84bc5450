import { escapeForTerminal } from '@shared/case/text';
import type { Problem } from '@shared/case/validate';

export interface CliIo {
  out: (s: string) => void;
  err: (s: string) => void;
}

/** An expected failure: its message (if any) is printed without a stack trace, exit code 1. */
export class CliError extends Error {
  constructor(
    readonly userMessage: string | null,
    readonly exitCode = 1,
  ) {
    super(userMessage ?? 'failed');
  }
}

/** At most this many problems are listed; the rest are counted. */
export const MAX_PRINTED_PROBLEMS = 100;

export function printProblems(io: CliIo, file: string, problems: readonly Problem[]): void {
  io.err(`${file}: ${problems.length} problem${problems.length === 1 ? '' : 's'}\n`);
  for (const p of problems.slice(0, MAX_PRINTED_PROBLEMS)) io.err(`  ${p.path}: ${p.message}\n`);
  const rest = problems.length - MAX_PRINTED_PROBLEMS;
  if (rest > 0) io.err(`  … and ${rest} more problem${rest === 1 ? '' : 's'}\n`);
}

/**
 * Everything the CLI prints goes through here: names, paths and problems come from files and
 * arguments, so control and text-direction characters in them are shown as \uXXXX escapes
 * instead of acting on the terminal (or reordering what the user reads).
 */
export function escapingIo(io: CliIo): CliIo {
  return { out: (s) => io.out(escapeForTerminal(s)), err: (s) => io.err(escapeForTerminal(s)) };
}

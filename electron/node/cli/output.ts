import type { Problem } from '../../../shared/case/validate';

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

export function printProblems(io: CliIo, file: string, problems: readonly Problem[]): void {
  io.err(`${file}: ${problems.length} problem${problems.length === 1 ? '' : 's'}\n`);
  for (const p of problems) io.err(`  ${p.path}: ${p.message}\n`);
}

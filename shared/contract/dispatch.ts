/**
 * One handler table, two transports. The table maps every channel to a plain function; transports
 * (Electron IPC, the loopback HTTP server) only move bytes and call `dispatch`, which validates the
 * channel name and the payload before any handler runs, and turns every throw into a readable error.
 */
import { problemsFromIssues } from '../case/validate';
import { isChannel, typedContract, type Channel, type Output, type ParsedInput } from './api';
import { fail, type Result } from './result';

export type Handler<K extends Channel> = (input: ParsedInput<K>) => Result<Output<K>> | Promise<Result<Output<K>>>;
export type Handlers = { [K in Channel]: Handler<K> };

async function run<K extends Channel>(handlers: Handlers, channel: K, raw: unknown): Promise<Result<unknown>> {
  const schema = typedContract[channel].input;
  const parsed = schema.safeParse(raw);
  if (!parsed.success) return fail('INVALID_INPUT', 'The request was not valid.', problemsFromIssues(parsed.error.issues));
  const handler: Handler<K> = handlers[channel];
  return handler(parsed.data);
}

export async function dispatch(handlers: Handlers, channel: unknown, raw: unknown): Promise<Result<unknown>> {
  if (!isChannel(channel)) return fail('UNKNOWN_CHANNEL', 'Unknown request.');
  try {
    return await run(handlers, channel, raw);
  } catch (e) {
    // A handler bug must not crash the main process; the user gets a message, the log the detail.
    console.error(`[cxcase] handler ${channel} failed:`, e);
    return fail('INTERNAL', 'Something went wrong on our side; nothing was changed. Try again, and report it if it repeats.');
  }
}

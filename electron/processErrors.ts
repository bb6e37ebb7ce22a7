import { appendFile, mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';

/** The part of `process` the handlers need; an EventEmitter stands in for it in tests. */
export interface ErrorEvents {
  on(event: 'unhandledRejection', listener: (reason: unknown) => void): unknown;
  on(event: 'uncaughtException', listener: (error: Error) => void): unknown;
}

/** One log line: the time, what happened, and the stack where there is one. */
export function describeFailure(kind: string, reason: unknown, at: Date): string {
  const detail = reason instanceof Error ? (reason.stack ?? `${reason.name}: ${reason.message}`) : String(reason);
  return `${at.toISOString()} ${kind}: ${detail}`;
}

/**
 * Logs a promise nobody awaited that failed, and an exception nobody caught, and keeps
 * the main process running. Main hosts the collaboration server in-process: without
 * this, one failed socket write in a session would close every window and lose every
 * unsaved map (Node ends the process on an unhandled rejection). Logging never throws.
 */
export function keepAliveOnErrors(events: ErrorEvents, log: (line: string) => void, now: () => Date = () => new Date()): void {
  const record = (kind: string, reason: unknown): void => {
    try {
      log(describeFailure(kind, reason, now()));
    } catch {
      // A log that cannot be written must not become the next uncaught exception.
    }
  };
  events.on('unhandledRejection', (reason) => record('unhandled rejection', reason));
  events.on('uncaughtException', (error) => record('uncaught exception', error));
}

/** A log that writes each line to stderr and appends it to the file `pathOf` names when the line comes (its folder made when missing). */
export function fileLog(pathOf: () => string): (line: string) => void {
  return (line) => {
    console.error(line);
    const path = pathOf();
    void mkdir(dirname(path), { recursive: true })
      .then(() => appendFile(path, line + '\n'))
      .catch(() => undefined);
  };
}

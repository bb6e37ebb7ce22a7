import { EventEmitter } from 'node:events';

/** One call into the stand-in, or one event a test fired: what, with which arguments. */
export interface Recorded {
  readonly what: string;
  readonly args: readonly unknown[];
}

/** Like a flight recorder: every call into the stand-in electron, in order. */
export class Recorder {
  readonly log: Recorded[] = [];

  record(what: string, ...args: unknown[]): void {
    this.log.push({ what, args });
  }

  /** Every entry named `what`, in order. */
  all(what: string): Recorded[] {
    return this.log.filter((r) => r.what === what);
  }

  /** Where the first entry named `what` (and passing `where`) is in the log, or -1. */
  indexOf(what: string, where: (r: Recorded) => boolean = () => true): number {
    return this.log.findIndex((r) => r.what === what && where(r));
  }

  /** The names in order, for failure messages that show what happened. */
  names(): string[] {
    return this.log.map((r) => r.what);
  }
}

/** An Electron event object: `preventDefault()` is what main's handlers answer with. */
export interface StandInEvent {
  defaultPrevented: boolean;
  preventDefault(): void;
}

export function makeEvent(extra: Record<string, unknown> = {}): StandInEvent {
  return {
    ...extra,
    defaultPrevented: false,
    preventDefault() {
      this.defaultPrevented = true;
    },
  };
}

/** An emitter that records which listeners main adds, and lets a test fire events. */
export class RecordingEmitter extends EventEmitter {
  constructor(
    protected readonly recorder: Recorder,
    protected readonly label: string,
  ) {
    super();
  }

  override on(name: string | symbol, listener: (...args: never[]) => void): this {
    this.recorder.record(`${this.label}.on`, String(name));
    return super.on(name, listener as (...args: unknown[]) => void);
  }

  /** Fires an event as Electron would (an event object first); returns that object. */
  fire(name: string, ...args: unknown[]): StandInEvent {
    const event = makeEvent();
    this.recorder.record(`${this.label} event`, name, ...args);
    this.emit(name, event, ...args);
    return event;
  }
}

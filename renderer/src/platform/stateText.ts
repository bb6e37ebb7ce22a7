/**
 * The .mandat text of a map's Yjs state, made in a worker (stateTextWorker.ts). The
 * autosave takes only the state on the main thread, the one step that must read the live
 * document; reading the map back from it, sorting and writing some 9 MB of text for the
 * 1,000-body benchmark map was one task of about a second in the window after every pause
 * in editing, during which a click or a key waited. The text is the same as
 * serializeDocument gives for the document itself (serializeState; test/shared/serializeState.test.ts
 * checks that). Where there is no worker, or it fails, the text is made here instead.
 */
import { serializeState } from '../../../shared/file/serialize';

/** A job for the worker; `id` pairs the answer with it. */
export interface StateTextJob {
  readonly id: number;
  readonly state: Uint8Array;
}

/** The worker's answer: the text, or why it could not make it. */
export type StateTextAnswer = { readonly id: number; readonly text: string } | { readonly id: number; readonly error: string };

interface Waiting {
  readonly state: Uint8Array;
  readonly resolve: (text: string) => void;
  readonly reject: (error: unknown) => void;
}

let worker: Worker | null | undefined;
const waiting = new Map<number, Waiting>();
let lastId = 0;

/** Makes the text of a job on this thread. */
function makeHere(job: Waiting): void {
  try {
    job.resolve(serializeState(job.state));
  } catch (error) {
    job.reject(error);
  }
}

/** Makes the text here for a job the worker could not do, saying why; rejects only if that fails too. */
function here(job: Waiting, why: string): void {
  console.warn(`Mandat: the autosave's copy is written on the main thread (${why}).`);
  makeHere(job);
}

/** The worker, started with the first job; null where workers are missing or it failed to start. */
function workerOrNull(): Worker | null {
  if (worker !== undefined) return worker;
  if (typeof Worker === 'undefined') return (worker = null);
  try {
    const w = new Worker(new URL('./stateTextWorker.ts', import.meta.url), { type: 'module' });
    w.onmessage = (event: MessageEvent<StateTextAnswer>) => {
      const answer = event.data;
      const job = waiting.get(answer.id);
      if (!job) return;
      waiting.delete(answer.id);
      if ('text' in answer) job.resolve(answer.text);
      else here(job, answer.error);
    };
    // The script could not load (or the worker died): every job waiting, and every later one, is done here.
    w.onerror = (event: ErrorEvent) => {
      event.preventDefault();
      worker = null;
      w.terminate();
      const jobs = [...waiting.values()];
      waiting.clear();
      for (const job of jobs) here(job, event.message || 'the worker failed');
    };
    worker = w;
  } catch {
    worker = null;
  }
  return worker;
}

/** The .mandat text of `state`; answers come in the order asked. */
export function stateText(state: Uint8Array): Promise<string> {
  return new Promise<string>((resolve, reject) => {
    const job: Waiting = { state, resolve, reject };
    const w = workerOrNull();
    if (!w) {
      // Still asynchronous, as the worker's answer is: the caller's bookkeeping is the same.
      queueMicrotask(() => makeHere(job));
      return;
    }
    const id = ++lastId;
    waiting.set(id, job);
    const message: StateTextJob = { id, state };
    w.postMessage(message);
  });
}

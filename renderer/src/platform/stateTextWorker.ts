/// <reference lib="webworker" />
// Makes the autosave's .mandat text off the main thread (stateText.ts).
import { serializeState } from '../../../shared/file/serialize';
import type { StateTextAnswer, StateTextJob } from './stateText';

self.onmessage = (event: MessageEvent<StateTextJob>) => {
  const { id, state } = event.data;
  let answer: StateTextAnswer;
  try {
    answer = { id, text: serializeState(state) };
  } catch (error) {
    answer = { id, error: error instanceof Error ? error.message : String(error) };
  }
  (self as unknown as Worker).postMessage(answer);
};

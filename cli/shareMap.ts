import * as Y from 'yjs';
import { readableState } from '../server/filePersistence';
import { openMapDocument } from '../shared/file/open';
import type { Repair } from '../shared/file/restore';
import { text } from '../shared/i18n/text';
import { integratedState } from '../shared/model/integratedState';
import type { Language } from '../shared/model/vocabulary';
import { loadMap } from './loadMap';
import { InputError, inputError } from './messages';

/** A map ready to be shared: its name and the Yjs state the server starts from. */
export interface MapToShare {
  readonly name: string;
  readonly state: Uint8Array;
}

const MISSING_PARTS: Repair = {
  code: 'yjs-incomplete',
  path: 'yjs',
  message: text(
    'Samarbetsdelen av filen hade ändringar vars tidigare delar saknas; de lämnades utanför och kartan delas som den står i filen.',
    'The collaboration part of the file had changes whose earlier parts are missing; they were left out and the map is shared as the file writes it.',
  ),
};

/**
 * `serve --map FILE`: reads the map and builds the state the server starts from, before the
 * server listens, so that a map that cannot be shared stops `serve` with exit 2 and one
 * sentence, and no invitation link is printed for a state no one could open. Each repair is
 * printed to `err`.
 */
export async function openForSharing(path: string, lang: Language, err: NodeJS.WritableStream): Promise<MapToShare> {
  const map = await loadMap(path);
  const repairs: Repair[] = [...map.repairs];
  let yjsState = map.yjsState;
  let state: Uint8Array;
  try {
    if (yjsState) {
      try {
        const integrated = integratedState(yjsState);
        if (!integrated.complete) {
          yjsState = integrated.state;
          repairs.push(MISSING_PARTS);
        }
      } catch {
        // A state that does not decode at all: openMapDocument rebuilds it from the map and says so.
      }
    }
    const opened = openMapDocument(map.model, yjsState);
    repairs.push(...opened.repairs);
    state = Y.encodeStateAsUpdate(opened.doc);
    opened.doc.destroy();
  } catch (e) {
    if (e instanceof InputError) throw e;
    const why = e instanceof Error ? e.message : String(e);
    throw inputError(`${path} kan inte delas: kartan kunde inte öppnas (${why}).`, `${path} cannot be shared: the map could not be opened (${why}).`);
  }
  if (!readableState(state))
    throw inputError(
      `${path} kan inte delas: samarbetsdelen kan inte läsas som en helhet.`,
      `${path} cannot be shared: its collaboration part cannot be read as a whole.`,
    );
  for (const r of repairs) err.write(lang === 'sv' ? `Reparerat vid inläsning: ${r.path}: ${r.message.sv}\n` : `Repaired on load: ${r.path}: ${r.message.en}\n`);
  return { name: map.model.meta.name, state };
}

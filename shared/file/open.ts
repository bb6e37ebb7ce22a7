import * as Y from 'yjs';
import { text } from '../i18n/text';
import { createMapDocument, documentFromState, jsonEqual, LOAD_ORIGIN, readModel, writeModel, type MapDocument } from '../model/document';
import type { MandatModel } from '../model/types';
import type { Repair } from './restore';
import { dropPendingUpdates, yjsContentProblems, type YjsContentProblem } from './yjsContent';

const REBUILT = text(
  'Samarbetsdelen av filen var skadad och byggdes om från kartan; kopior av filen slås då ihop som två separata kartor.',
  'The collaboration part of the file was damaged and was rebuilt from the map; copies of this file then merge as two separate maps.',
);

/** How many problems a repair names before it says "and N more". */
const NAMED_PROBLEMS = 3;

function unreadableContent(problems: readonly YjsContentProblem[]): Repair {
  const named = problems.slice(0, NAMED_PROBLEMS);
  const more = problems.length - named.length;
  const list = (lang: 'sv' | 'en') =>
    named.map((p) => `${p.path}: ${p.message[lang]}`).join('; ') + (more > 0 ? (lang === 'sv' ? ` och ${more} till` : ` and ${more} more`) : '');
  return {
    code: 'yjs-content',
    path: 'yjs',
    message: text(
      `Samarbetsdelen av filen innehöll sådant Mandat inte skriver (${list('sv')}); den har satts till kartan som den står i filen.`,
      `The collaboration part of the file held what Mandat does not write (${list('en')}); it was set to the map as written in the file.`,
    ),
  };
}

/**
 * The live document for a restored file. The Yjs state is the history that lets two
 * copies merge; the plain model is what a person can read and edit by hand. When
 * they disagree (the file was edited outside Mandat), the plain model wins and the
 * difference is written into the document as one change, so history is kept.
 * Never throws on a hostile state: what cannot be used is dropped or rebuilt from the
 * model, and each such step is a repair that says so.
 */
export function openMapDocument(model: MandatModel, yjsState: Uint8Array | null): { doc: MapDocument; repairs: Repair[] } {
  if (!yjsState) return { doc: createMapDocument(model), repairs: [] };
  const repairs: Repair[] = [];
  let doc: MapDocument;
  try {
    doc = documentFromState(yjsState);
  } catch {
    return { doc: createMapDocument(model), repairs: [{ code: 'yjs-corrupt', path: 'yjs', message: REBUILT }] };
  }
  if (dropPendingUpdates(doc))
    repairs.push({
      code: 'yjs-incomplete',
      path: 'yjs',
      message: text(
        'Samarbetsdelen av filen saknade ändringar som andra ändringar bygger på; de ändringar som inte kunde fogas in togs bort (kartan gäller som den står i filen).',
        'The collaboration part of the file lacked changes that other changes build on; the changes that could not be fitted in were dropped (the map as written in the file applies).',
      ),
    });
  const problems = yjsContentProblems(doc);
  if (problems.length > 0) repairs.push(unreadableContent(problems));
  try {
    if (problems.length > 0 || !jsonEqual(readModel(doc), model)) {
      writeModel(doc, model, LOAD_ORIGIN);
      if (problems.length === 0)
        repairs.push({
          code: 'edited-outside',
          path: '',
          message: text(
            'Filen har ändrats utanför Mandat; kartans text har lästs som den gällande versionen.',
            'The file was changed outside Mandat; the map as written in the file was taken as the current version.',
          ),
        });
      // Removing a hostile nesting can itself overflow inside Yjs; the check below and the catch make sure the result is the map.
      if (!jsonEqual(readModel(doc), model)) throw new Error('the document does not hold the map after writing it');
    }
    return { doc, repairs };
  } catch {
    repairs.push({ code: 'yjs-corrupt', path: 'yjs', message: REBUILT });
    return { doc: createMapDocument(model), repairs };
  }
}

/**
 * A saved state that opens cleanly: the given one when nothing had to be repaired,
 * otherwise the state of the repaired document. Commands that pass the state on (merge,
 * export) use this so that every later step reads a state Mandat could have written.
 */
export function settledYjsState(model: MandatModel, yjsState: Uint8Array | null): { yjsState: Uint8Array | null; repairs: Repair[] } {
  if (!yjsState) return { yjsState, repairs: [] };
  const { doc, repairs } = openMapDocument(model, yjsState);
  if (repairs.length === 0) return { yjsState, repairs };
  const settled = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return { yjsState: settled, repairs };
}

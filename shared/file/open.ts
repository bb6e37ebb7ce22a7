import { text } from '../i18n/text';
import { createMapDocument, documentFromState, jsonEqual, LOAD_ORIGIN, readModel, writeModel, type MapDocument } from '../model/document';
import type { MandatModel } from '../model/types';
import type { Repair } from './restore';

/**
 * The live document for a restored file. The Yjs state is the history that lets two
 * copies merge; the plain model is what a person can read and edit by hand. When
 * they disagree (the file was edited outside Mandat), the plain model wins and the
 * difference is written into the document as one change, so history is kept.
 */
export function openMapDocument(model: MandatModel, yjsState: Uint8Array | null): { doc: MapDocument; repairs: Repair[] } {
  const repairs: Repair[] = [];
  if (yjsState) {
    let doc: MapDocument | null = null;
    try {
      doc = documentFromState(yjsState);
    } catch {
      repairs.push({
        code: 'yjs-corrupt',
        path: 'yjs',
        message: text(
          'Samarbetsdelen av filen var skadad och byggdes om från kartan; kopior av filen slås då ihop som två separata kartor.',
          'The collaboration part of the file was damaged and was rebuilt from the map; copies of this file then merge as two separate maps.',
        ),
      });
    }
    if (doc) {
      if (!jsonEqual(readModel(doc), model)) {
        writeModel(doc, model, LOAD_ORIGIN);
        repairs.push({
          code: 'edited-outside',
          path: '',
          message: text(
            'Filen har ändrats utanför Mandat; kartans text har lästs som den gällande versionen.',
            'The file was changed outside Mandat; the map as written in the file was taken as the current version.',
          ),
        });
      }
      return { doc, repairs };
    }
  }
  return { doc: createMapDocument(model), repairs };
}

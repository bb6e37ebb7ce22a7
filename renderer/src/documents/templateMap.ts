import type { TFunction } from 'i18next';
import { braTemplateCommand } from '../../../shared/templates/braOrganisation';
import { today } from '../../../shared/time/isoDate';
import { frameAllAfterLayout } from '../layout/frameAll';
import { mayReplaceMap } from '../shell/unsaved';
import { dispatch, newMap, useEditor } from '../store/editor';
import { useDocumentsView } from './documentsView';

/**
 * Arkiv › Ny karta från Brås mall, and the start page's tile: after asking about unsaved
 * changes, a new map that holds the template's organisation as one undo step (undo leaves
 * the empty new map). Always in this window: the template is this window's new map.
 */
export async function newMapFromTemplate(t: TFunction): Promise<void> {
  if (!(await mayReplaceMap('new'))) return;
  newMap(t('docTemplate.name'));
  if (!dispatch(braTemplateCommand(useEditor.getState().lang, today())).ok) return;
  // The placeholders are the point of the template: its two documents are shown on the canvas,
  // and the whole organisation is framed once React Flow has measured the new bodies.
  useDocumentsView.setState({ onCanvas: true });
  frameAllAfterLayout();
}

import type { TFunction } from 'i18next';
import { braTemplateCommand } from '../../../shared/templates/braOrganisation';
import { today } from '../../../shared/time/isoDate';
import { mayReplaceMap } from '../shell/unsaved';
import { dispatch, newMap, useEditor } from '../store/editor';

/**
 * Arkiv › Ny karta från Brås mall, and the start page's tile: after asking about unsaved
 * changes, a new map that holds the template's organisation as one undo step (undo leaves
 * the empty new map). Always in this window: the template is this window's new map.
 */
export async function newMapFromTemplate(t: TFunction): Promise<void> {
  if (!(await mayReplaceMap('new'))) return;
  newMap(t('docTemplate.name'));
  dispatch(braTemplateCommand(useEditor.getState().lang, today()));
}

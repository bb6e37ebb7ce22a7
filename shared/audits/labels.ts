import { text, type Text } from '../i18n/text';
import type { ActionStatus, AnswerStance } from '../model/vocabulary';

/** What the window, the workbook and the reports call each stance of an answer. */
export const STANCE_LABELS: Readonly<Record<AnswerStance, Text>> = {
  agrees: text('Delar rekommendationen', 'Agrees'),
  agrees_in_part: text('Delar delvis', 'Agrees in part'),
  does_not_agree: text('Delar inte', 'Does not agree'),
};

/** What each status of an action is called. */
export const ACTION_STATUS_LABELS: Readonly<Record<ActionStatus, Text>> = {
  open: text('Ej påbörjad', 'Open'),
  in_progress: text('Pågår', 'In progress'),
  done: text('Klar', 'Done'),
  dropped: text('Avbruten', 'Dropped'),
};

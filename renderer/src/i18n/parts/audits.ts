import { definePart } from '../part';

/** Strings of the audits part, in Swedish and English (top-level groups, as in sv.ts). */
export const audits = definePart(
  {
    audits: {
      none: 'Kartan har inga granskningar på det här datumet.',
      recommendation: 'Rekommendation {{n}}',
      addressedTo: 'Riktad till {{body}}',
      answer: 'Svar',
      noAnswer: 'Inget svar registrerat',
      dateUnknown: 'datum okänt',
      actions: 'Åtgärder',
      noActions: 'Inga åtgärder registrerade.',
      statusOn: 'Status {{date}}',
      recordAnswer: 'Registrera svar',
      stance: 'Ställningstagande',
      answerBy: 'Svarande organ',
      recordAction: 'Lägg till åtgärd',
      actionText: 'Ny åtgärd',
      actionStatus: 'Status',
      findings_one: '{{count}} fynd om rekommendationen',
      findings_other: '{{count}} fynd om rekommendationen',
      answerDueDays: 'Svar på granskning inom (dagar)',
    },
  },
  {
    audits: {
      none: 'The map has no audits on this date.',
      recommendation: 'Recommendation {{n}}',
      addressedTo: 'Addressed to {{body}}',
      answer: 'Answer',
      noAnswer: 'No answer recorded',
      dateUnknown: 'date unknown',
      actions: 'Actions',
      noActions: 'No actions recorded.',
      statusOn: 'Status {{date}}',
      recordAnswer: 'Record answer',
      stance: 'Stance',
      answerBy: 'Answered by',
      recordAction: 'Add action',
      actionText: 'New action',
      actionStatus: 'Status',
      findings_one: '{{count}} finding about the recommendation',
      findings_other: '{{count}} findings about the recommendation',
      answerDueDays: 'Audit answer due within (days)',
    },
  },
);

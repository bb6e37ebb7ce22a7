import type { DocumentKind } from '../model/vocabulary';

/**
 * One colour a kind, for the badges, the timeline's bars and the sheets on the canvas.
 * Each is dark enough for white text at 4.5:1 (WCAG AA), so a bar can carry its title.
 */
export const DOCUMENT_KIND_COLOURS: Readonly<Record<DocumentKind, string>> = {
  situational_picture: '#1d4ed8',
  action_plan: '#047857',
  cooperation_agreement: '#6d28d9',
  citizen_promise: '#be185d',
  plan_programme: '#b45309',
  yearly_plan: '#0e7490',
  rules_of_procedure: '#4b5563',
  delegation_order: '#57534e',
  commission: '#9f1239',
  other: '#374151',
};

import { emptyModel } from '../../shared/model/empty';
import { collectionOf as byId } from '../../shared/model/records';
import { bandLayout } from '../../shared/layout/bandLayout';
import { boxHeightOf } from '../../shared/layout/boxHeight';
import type { Body, MandatModel } from '../../shared/model/types';
import { ACTIONS, ANSWERS, AUDITS, RECOMMENDATIONS } from './audits';
import { BODIES } from './bodies';
import { DOCUMENTS } from './documents';
import { ACKNOWLEDGEMENTS, FUNDING, INITIATIVES } from './money';
import { LINES } from './lines';
import { MEMBERS, MEMBERSHIPS } from './people';
import { ASSIGNMENTS, TASKS } from './tasks';


/** Every body placed in its band; a row as tall as its tallest box, a chair's line counted where a body has a chair. */
function placed(bodies: readonly Body[]): Body[] {
  const chaired = new Set<string>(MEMBERSHIPS.filter((m) => m.role === 'chair').map((m) => m.body));
  const positions = bandLayout(bodies, { heightOf: (b) => boxHeightOf(b, chaired.has(b.id)) });
  return bodies.map((b) => ({ ...b, position: positions.get(b.id) ?? null }));
}

/** Eskilstuna's safety organisation 2018–2023, from the two audit reports. */
export function eskilstunaModel(): MandatModel {
  return {
    ...emptyModel(),
    meta: {
      name: 'Eskilstuna kommun – trygghetsarbetets organisation 2018–2023',
      author: 'Mandat exempelkarta',
      description:
        'Byggd ur två granskningar: [2021] KPMG, Granskning av kommunens arbete med trygghet, 2021-09-26; [2023] KPMG, Granskning av styrning och uppföljning av trygghetsprojekt, 2023-02-21, med [KS-svar] kommunstyrelsens svar. Varje uppgift anger avsnittet den kommer från. Befattningar, inte personer. Där källorna tiger är fälten tomma.',
    },
    // Every body placed in its band, so the map reads at a glance when first opened.
    bodies: byId(placed(BODIES)),
    members: byId(MEMBERS),
    memberships: byId(MEMBERSHIPS),
    reportingLines: byId(LINES),
    initiatives: byId(INITIATIVES),
    fundingLines: byId(FUNDING),
    acknowledgements: byId(ACKNOWLEDGEMENTS),
    documents: byId(DOCUMENTS),
    tasks: byId(TASKS),
    assignments: byId(ASSIGNMENTS),
    audits: byId(AUDITS),
    recommendations: byId(RECOMMENDATIONS),
    answers: byId(ANSWERS),
    actions: byId(ACTIONS),
  };
}

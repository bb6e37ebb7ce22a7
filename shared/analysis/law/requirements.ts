import { text, type Text } from '../../i18n/text';
import type { BodyId, DocumentId, MemberId } from '../../model/ids';
import type { Body, GoverningDocument, IsoDate, MandatModel } from '../../model/types';
import { isValidOn } from '../../time/isoDate';
import { labelOn } from '../../time/names';
import { buildDocumentIndex, datedOn } from './documentIndex';
import { braSteps, type BraStep } from './braSteps';
import { monthsBefore } from './months';
import { missingSides, signatorySides } from './signatories';
import { LAW_IN_FORCE, SOURCES } from './sources';

export type RequirementId = 'situational_picture' | 'action_plan' | 'coordination_function' | 'cooperation_agreement';
export type RequirementStatus = 'met' | 'missing' | 'stale';

/** One of the law's requirements (and the agreement Brå's model adds) as it stands on a date. */
export interface Requirement {
  readonly id: RequirementId;
  readonly label: Text;
  readonly status: RequirementStatus;
  /** The document that meets it (or comes closest), if any. */
  readonly document: DocumentId | null;
  /** The body or member holding the coordination function, for that requirement. */
  readonly holder: { readonly body: BodyId | null; readonly member: MemberId | null } | null;
  /** The document's title or the holder's name; empty when there is none. */
  readonly meetsBy: string;
  /** Why the status is what it is, in a sentence. */
  readonly detail: Text;
  readonly source: Text;
}

export interface LawRequirements {
  readonly asOf: IsoDate;
  /** Whether Lag (2023:196) was in force on the date (from 2023-07-01); before it the list is for information. */
  readonly lawInForce: boolean;
  readonly requirements: readonly Requirement[];
  readonly braSteps: readonly BraStep[];
}

const LABELS: Readonly<Record<RequirementId, Text>> = {
  situational_picture: text('Lägesbild', 'Situational picture'),
  action_plan: text('Åtgärdsplan', 'Action plan'),
  coordination_function: text('Samordningsfunktion', 'Coordination function'),
  cooperation_agreement: text('Samverkansöverenskommelse med polisen', 'Cooperation agreement with the police'),
};

const newest = (docs: readonly GoverningDocument[]): GoverningDocument | null => {
  let best: GoverningDocument | null = null;
  for (const d of docs) {
    const on = datedOn(d);
    if (best === null || (on !== null && on > (datedOn(best) ?? ''))) best = d;
  }
  return best;
};

const isMunicipal = (b: Body | undefined): boolean => !!b && b.accountable && b.level !== 'external' && b.kind !== 'external_organisation';

/**
 * What the law asks of the municipality on `asOf` (a lägesbild, an åtgärdsplan, a
 * samordningsfunktion) and the agreement with the police of Brå's model, each as met,
 * missing or stale with the document or holder that meets it, and Brå's five steps as a
 * progress list. A pure function of the model: the Lagkrav card, the Word report and the
 * command line show the same thing.
 */
export function lawRequirements(model: MandatModel, asOf: IsoDate): LawRequirements {
  const index = buildDocumentIndex(model.documents.values(), asOf);
  const months = model.settings.situationalPictureMaxAgeMonths;
  const requirements: Requirement[] = [];
  const req = (id: RequirementId, status: RequirementStatus, doc: GoverningDocument | null, detail: Text, source: Text, holder: Requirement['holder'] = null, meetsBy = doc?.title ?? ''): void =>
    void requirements.push({ id, label: LABELS[id], status, document: doc?.id ?? null, holder, meetsBy, detail, source });

  const pictures = index.inForceOf('situational_picture');
  const whole = pictures.filter((d) => d.areas.length === 0);
  const picture = newest(whole);
  const pictureOn = picture ? datedOn(picture) : null;
  if (!picture)
    req('situational_picture', 'missing', newest(pictures), pictures.length > 0 ? text('Lägesbilderna täcker bara delar av kommunen.', 'The pictures cover only parts of the municipality.') : text('Ingen lägesbild gäller på datumet.', 'No situational picture is in force on the date.'), SOURCES.situationalPicture);
  else if (pictureOn !== null && pictureOn < monthsBefore(asOf, months))
    req('situational_picture', 'stale', picture, text(`Från ${pictureOn}: äldre än ${months} månader (kartans inställning; lagen anger inget intervall).`, `From ${pictureOn}: older than ${months} months (the map's setting; the act sets no interval).`), SOURCES.situationalPicture);
  else req('situational_picture', 'met', picture, text(`Gäller, ${pictureOn ?? 'datum okänt'}.`, `In force, ${pictureOn ?? 'date unknown'}.`), SOURCES.situationalPicture);

  const plans = index.inForceOf('action_plan');
  const plan = newest(plans.filter((p) => isMunicipal(p.decidedBy ? model.bodies.get(p.decidedBy) : undefined))) ?? newest(plans);
  const planOn = plan ? datedOn(plan) : null;
  if (!plan) req('action_plan', 'missing', null, text('Ingen åtgärdsplan gäller på datumet.', 'No action plan is in force on the date.'), SOURCES.actionPlan);
  else if (!isMunicipal(plan.decidedBy ? model.bodies.get(plan.decidedBy) : undefined))
    req('action_plan', 'stale', plan, text('Inte beslutad av ett ansvarigt organ i kommunen.', 'Not decided by an accountable body of the municipality.'), SOURCES.actionPlan);
  else if (planOn !== null && pictureOn !== null && planOn < pictureOn)
    req('action_plan', 'stale', plan, text(`Beslutad ${planOn}, före lägesbilden ${pictureOn}.`, `Decided ${planOn}, before the picture of ${pictureOn}.`), SOURCES.actionPlan);
  else req('action_plan', 'met', plan, text(`Gäller, beslutad ${planOn ?? 'datum okänt'}.`, `In force, decided ${planOn ?? 'date unknown'}.`), SOURCES.actionPlan);

  const holder = [...model.coordination.values()].filter((c) => isValidOn(c, asOf)).find((c) => (c.body !== null && model.bodies.has(c.body) && isValidOn(model.bodies.get(c.body) as Body, asOf)) || (c.member !== null && model.members.has(c.member)));
  if (!holder) req('coordination_function', 'missing', null, text('Ingen samordningsfunktion är angiven på datumet.', 'No coordination function is named on the date.'), SOURCES.coordination);
  else {
    const name = holder.body ? labelOn(model.bodies.get(holder.body) as Body, asOf) : (model.members.get(holder.member as string)?.name ?? '');
    req('coordination_function', 'met', null, text(`${name}, från ${holder.validFrom ?? 'okänt datum'}.`, `${name}, from ${holder.validFrom ?? 'an unknown date'}.`), SOURCES.coordination, { body: holder.body, member: holder.member }, name);
  }

  const agreements = index.inForceOf('cooperation_agreement');
  const agreement = newest(agreements);
  const ended = newest(index.all.filter((d) => d.kind === 'cooperation_agreement' && d.validTo !== null && d.validTo < asOf));
  if (agreement) {
    const signed = missingSides(agreement.signatories, signatorySides(model, asOf, new Set(agreement.signatories))).length === 0;
    req('cooperation_agreement', signed ? 'met' : 'stale', agreement, signed ? text(`Gäller till ${agreement.validTo ?? 'vidare'}.`, `In force until ${agreement.validTo ?? 'further notice'}.`) : text('Undertecknare saknas för kommunen eller polisen.', 'A signatory for the municipality or the police is missing.'), SOURCES.agreement);
  } else if (ended) req('cooperation_agreement', 'stale', ended, text(`Löpte ut ${ended.validTo}.`, `Expired on ${ended.validTo}.`), SOURCES.agreement);
  else req('cooperation_agreement', 'missing', null, text('Ingen överenskommelse med polisen finns i kartan.', 'The map holds no agreement with the police.'), SOURCES.agreement);

  return { asOf, lawInForce: asOf >= LAW_IN_FORCE, requirements, braSteps: braSteps(model, asOf, index, Boolean(holder)) };
}

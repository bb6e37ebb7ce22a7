import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { groupOf } from '../../../shared/analysis/ruleGroups';
import { bandLayout, NODE_HEIGHT } from '../../../shared/layout/bandLayout';
import { restoreText } from '../../../shared/file/restore';
import type { MandatModel } from '../../../shared/model/types';
import { modelToSheets, writeCsvFiles } from '../../../shared/workbook';
import { makeRichModel } from './richModel';

/** Where the workbook output written before the declarations took over the columns is kept. */
export const OUTPUT_FIXTURE = fileURLToPath(new URL('../../fixtures/workbook/output-before-declarations.json', import.meta.url));

function sampleModel(): MandatModel {
  const restored = restoreText(readFileSync(new URL('../../../examples/eskilstuna.mandat', import.meta.url), 'utf8'));
  if (!restored.ok) throw new Error(restored.error.message.en);
  // The sample as it was when the fixture was written: its governing documents, and the
  // acknowledgements of their findings, came later (issue 16), and so did its responsibility matrix (issue 17).
  const acknowledgements = new Map([...restored.model.acknowledgements].filter(([, a]) => groupOf(a.findingKey.split(':')[0] as string) === 'structure'));
  // Its bodies where the band layout put them then, every row one box high (rows grew with long names later).
  const at = bandLayout([...restored.model.bodies.values()], { heightOf: () => NODE_HEIGHT });
  const bodies = new Map([...restored.model.bodies].map(([id, b]) => [id, { ...b, position: at.get(id) ?? b.position }]));
  return { ...restored.model, bodies, documents: new Map(), coordination: new Map(), tasks: new Map(), assignments: new Map(), acknowledgements };
}

/** Every workbook output of the sample and of the rich model, in both languages: sheets and CSV text (the .xlsx is written from the same sheets; its zip holds times). */
export function workbookOutputs(): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, model] of [['sample', sampleModel()], ['rich', makeRichModel()]] as const) {
    for (const lang of ['sv', 'en'] as const) {
      out[`${name}.${lang}.sheets`] = modelToSheets(model, lang);
      out[`${name}.${lang}.csv`] = writeCsvFiles(model, { language: lang });
    }
  }
  return out;
}

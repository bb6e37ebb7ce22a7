import { eskilstunaModel } from '../examples/eskilstuna';
import { requestPositions } from '../shared/export/request';
import { planPage } from '../shared/export/compactPage';
import { sceneToSvg } from '../shared/export/svg';
import { writeFileSync } from 'node:fs';
const m = eskilstunaModel();
for (const asOf of ['2021-09-26','2023-06-01'] as const) for (const arrangement of ['map','layered'] as const) for (const page of ['a4','auto'] as const) {
  const req: any = { format:'pdf', asOf, lang:'sv', page, landscape:false, png:{scale:1}, transparent:false, legend:true, badges:true, funding:false, findings:true, date:'2026-12-06', arrangement };
  const pos = await requestPositions(m, req);
  const p = planPage(m, req, pos);
  console.log(asOf, arrangement, page, p.scene.width, p.scene.height, p.page, p.landscape, p.namePt, p.fits, p.compact);
  if (page==='a4') writeFileSync(`/tmp/pr/c-${asOf}-${arrangement}.svg`, sceneToSvg(p.scene));
}

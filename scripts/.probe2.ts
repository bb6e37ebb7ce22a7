import { eskilstunaModel } from '../examples/eskilstuna';
import { compactScene } from '../shared/export/compactPage';
import { readPage, smallestNamePx } from '../shared/export/pageFit';
import { sceneToSvg } from '../shared/export/svg';
import { writeFileSync } from 'node:fs';
const m = eskilstunaModel();
for (const asOf of ['2021-09-26','2023-06-01'] as const) {
  const req: any = { format:'pdf', asOf, lang:'sv', page:'a4', landscape:false, png:{scale:1}, transparent:false, legend:true, badges:true, funding:false, findings:true, date:'2026-12-06' };
  const s = compactScene(m, req);
  console.log(asOf, s.width, s.height, smallestNamePx(s), readPage(s,'a4',true).namePt, readPage(s,'a4',false).namePt);
  writeFileSync(`/tmp/pr/c-${asOf}.svg`, sceneToSvg(s));
}
import { cliExportHost } from '../cli/rasterise';
const req2: any = { format:'pdf', asOf:'2021-09-26', lang:'sv', page:'a4', landscape:false, png:{scale:1}, transparent:false, legend:true, badges:true, funding:false, findings:true, date:'2026-12-06' };
const s2 = compactScene(m, req2);
const fonts = await cliExportHost.fonts();
writeFileSync('/tmp/pr/c.png', await cliExportHost.rasterise(sceneToSvg(s2), s2.width, s2.height, fonts));
import { svgReadability } from '../shared/export/readability';
import { requestScene } from '../shared/export/request';
for (const asOf of ['2021-09-26','2023-06-01'] as const) {
  const req: any = { format:'pdf', asOf, lang:'sv', page:'a4', landscape:false, png:{scale:1}, transparent:false, legend:true, badges:true, funding:false, findings:true, date:'2026-12-06' };
  console.log(asOf, 'compact', svgReadability(sceneToSvg(compactScene(m, req))), 'plain', svgReadability(sceneToSvg(requestScene(m, req))));
  console.log(asOf, 'en compact', svgReadability(sceneToSvg(compactScene(m, {...req, lang:'en'}))));
}

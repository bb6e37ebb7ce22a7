import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { PagePlan } from '../../../shared/export/compactPage';
import type { PageChoice } from '../../../shared/export/options';
import { drawnNames, glyphWarning } from '../../../shared/export/glyphs';
import type { MandatModel } from '../../../shared/model/types';
import { pageWarning, resolvePage } from '../../../shared/export/pageFit';
import type { Scene } from '../../../shared/export/scene';
import { say } from '../../../shared/i18n/text';
import { useEditor } from '../store/editor';
import './pageFit.css';

/**
 * Under the page size of a PDF: how big the body names print, which page Automatic chose,
 * or why the chosen page is too small and which one is not, or that the compact layout
 * makes the names readable on it. Exporting stays possible.
 */
export function PageFitNote({ scene, page, landscape, plan }: { scene: Scene; page: PageChoice; landscape: boolean; plan?: PagePlan | null }) {
  const { t } = useTranslation();
  const lang = useEditor((s) => s.lang);
  const pointsOf = (pt: number): string => (lang === 'sv' ? String(pt).replace('.', ',') : String(pt));
  if (plan?.compact && plan.namePt !== null)
    return (
      <p className="page-fit muted" role="status" id="export-page-fit">
        {t('printExport.compactNote', { page: `${plan.page.toUpperCase()} ${t(plan.landscape ? 'pageFit.landscape' : 'pageFit.portrait')}`, points: pointsOf(plan.namePt) })}
      </p>
    );
  const warning = pageWarning(scene, page, landscape);
  if (warning)
    return (
      <p className="page-fit page-fit-warning" role="status" id="export-page-fit">
        {say(warning, lang)}
      </p>
    );
  const reading = resolvePage(scene, page, landscape);
  if (reading.namePt === null) return null;
  const points = lang === 'sv' ? String(reading.namePt).replace('.', ',') : String(reading.namePt);
  const pageName = `${reading.page.toUpperCase()} ${t(reading.landscape ? 'pageFit.landscape' : 'pageFit.portrait')}`;
  return (
    <p className="page-fit muted" role="status" id="export-page-fit">
      {page === 'auto' ? t('pageFit.chosen', { page: pageName, points }) : t('pageFit.readable', { points })}
    </p>
  );
}

/** Under a PDF's options: the characters the export font lacks (Arabic, Chinese, emoji), which the PDF would draw as boxes. */
export function GlyphNote({ scene, model }: { scene: Scene; model: MandatModel }) {
  const lang = useEditor((s) => s.lang);
  const warning = useMemo(() => glyphWarning(scene, 'pdf', drawnNames(model)), [scene, model]);
  if (!warning) return null;
  return (
    <p className="page-fit page-fit-warning" role="status" id="export-glyphs">
      {say(warning, lang)}
    </p>
  );
}

import { useTranslation } from 'react-i18next';
import type { PageChoice } from '../../../shared/export/options';
import { pageWarning, resolvePage } from '../../../shared/export/pageFit';
import type { Scene } from '../../../shared/export/scene';
import { say } from '../../../shared/i18n/text';
import { useEditor } from '../store/editor';
import './pageFit.css';

/**
 * Under the page size of a PDF: how big the body names print, which page Automatic chose,
 * or why the chosen page is too small and which one is not. Exporting stays possible.
 */
export function PageFitNote({ scene, page, landscape }: { scene: Scene; page: PageChoice; landscape: boolean }) {
  const { t } = useTranslation();
  const lang = useEditor((s) => s.lang);
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

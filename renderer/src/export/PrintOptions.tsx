import { useTranslation } from 'react-i18next';
import './printOptions.css';
import { ARRANGEMENTS, TILE_SIZES, type Arrangement, type ExportFormat, type TileSize } from '../../../shared/export/options';
import { planTiles, posterTooSmall } from '../../../shared/export/pdfTiles';
import type { Scene } from '../../../shared/export/scene';
import { say } from '../../../shared/i18n/text';
import type { ExportChoices } from './exportSettings';

interface Props {
  readonly choices: ExportChoices;
  readonly scene: Scene | null;
  readonly pending: boolean;
  readonly change: (patch: Partial<ExportChoices>) => void;
}

/** The formats whose diagram can be laid out in layers and show decided-by lines. */
const DIAGRAM: ReadonlySet<ExportFormat> = new Set(['svg', 'png', 'pdf', 'docx', 'html']);

/**
 * The Export dialog's print choices: where the bodies stand (as on the map, or in layers),
 * a PDF as a poster on several sheets instead of one page (with how many and how large the
 * names print; the page size is then hidden),
 * decided-by lines, and one page per body after the diagram (PDF and Word).
 */
export function PrintOptions({ choices: c, scene, pending, change }: Props) {
  const { t } = useTranslation();
  if (!DIAGRAM.has(c.format)) return null;
  const plan = c.format === 'pdf' && c.tiles !== 'none' && scene ? planTiles(scene, c.tiles) : null;
  const points = (n: number | null): string => (n === null ? '–' : c.lang === 'sv' ? String(n).replace('.', ',') : String(n));
  return (
    <div className="print-options">
      <div className="field">
        <label htmlFor="export-arrangement">{t('printExport.arrangement')}</label>
        <select id="export-arrangement" value={c.arrangement} onChange={(e) => change({ arrangement: e.target.value as Arrangement })}>
          {ARRANGEMENTS.map((a) => (
            <option key={a} value={a}>
              {t(`printExport.arrangements.${a}`)}
            </option>
          ))}
        </select>
        {pending ? (
          <p className="muted print-options-note" role="status">
            {t('printExport.arranging')}
          </p>
        ) : null}
      </div>
      {c.format === 'pdf' ? (
        <div className="field">
          <label htmlFor="export-tiles">{t('printExport.poster')}</label>
          <select id="export-tiles" value={c.tiles} onChange={(e) => change({ tiles: e.target.value as TileSize | 'none' })}>
            <option value="none">{t('printExport.posters.none')}</option>
            {TILE_SIZES.map((s) => (
              <option key={s} value={s}>
                {t(`printExport.posters.${s}`)}
              </option>
            ))}
          </select>
          {plan ? (
            <p className={`print-options-note ${plan.fits ? 'muted' : 'page-fit-warning'}`} role="status" id="export-poster-plan">
              {plan.fits
                ? t('printExport.posterPlan', { count: plan.columns * plan.rows, columns: plan.columns, rows: plan.rows, points: points(plan.namePt) })
                : say(posterTooSmall(plan.namePt ?? 0), c.lang)}
            </p>
          ) : null}
        </div>
      ) : null}
      <label className="check">
        <input type="checkbox" checked={c.decidedBy} onChange={(e) => change({ decidedBy: e.target.checked })} /> {t('printExport.decidedBy')}
      </label>
      {c.format === 'pdf' || c.format === 'docx' ? (
        <label className="check">
          <input type="checkbox" checked={c.bodyPages} onChange={(e) => change({ bodyPages: e.target.checked })} /> {t('printExport.bodyPages')}
        </label>
      ) : null}
    </div>
  );
}

import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { matrixTable, membershipMatrix } from '../../../shared/export/matrix';
import { EXPORT_FORMATS, PAGE_SIZES, type ExportFormat, type PageChoice } from '../../../shared/export/options';
import { planPage } from '../../../shared/export/compactPage';
import { requestScene } from '../../../shared/export/request';
import { sceneToSvg } from '../../../shared/export/svg';
import { LANGUAGES, LEVELS, type Level } from '../../../shared/model/vocabulary';
import { today } from '../../../shared/time/isoDate';
import type { Platform } from '../platform/types';
import { notify, setExportOpen, useEditor } from '../store/editor';
import { exportFileName, initialChoices, rememberChoices, requestOf, type ExportChoices } from './exportSettings';
import { GlyphNote, PageFitNote } from './PageFitNote';
import { PrintOptions } from './PrintOptions';
import { useArrangedPositions } from './useArrangement';
import './exportLayout.css';
import { useClearsInfoNotices } from '../dialogs/useClearsInfoNotices';

/** The formats that hold the diagram: they preview it and take its options. */
const DIAGRAM_FORMATS: ReadonlySet<ExportFormat> = new Set(['svg', 'png', 'pdf', 'docx', 'html']);
/** Work that takes longer than this shows a progress indicator. */
const PROGRESS_AFTER_MS = 500;

/** The diagram as the export will draw it, as an image URL for the preview. */
function usePreviewUrl(svg: string | null): string | null {
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    if (svg === null) return setUrl(null);
    const u = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
    setUrl(u);
    return () => URL.revokeObjectURL(u);
  }, [svg]);
  return url;
}

/** File › Export: format, page, what to include, language, with a preview; the bytes go to the host (download or save dialog). */
export default function ExportDialog({ platform }: { platform: Platform }) {
  useClearsInfoNotices();
  const { t } = useTranslation();
  const model = useEditor((s) => s.model);
  const asOf = useEditor((s) => s.asOf);
  const selection = useEditor((s) => s.selectedBodies);
  const shownLevels = useEditor((s) => s.levels);
  const lang = useEditor((s) => s.lang);
  const [c, setChoices] = useState<ExportChoices>(() => initialChoices(lang, LEVELS.filter((l) => shownLevels.has(l))));
  const [busy, setBusy] = useState<'export' | 'copy' | null>(null);
  const [slow, setSlow] = useState(false);
  const first = useRef<HTMLSelectElement>(null);
  useEffect(() => first.current?.focus(), []);
  const change = (patch: Partial<ExportChoices>) => setChoices((old) => ({ ...old, ...patch }));
  const close = () => {
    rememberChoices(c);
    setExportOpen(false);
  };

  const request = useMemo(() => requestOf(c, asOf, selection, today(), ''), [c, asOf, selection]);
  const isDiagram = DIAGRAM_FORMATS.has(c.format);
  const arranged = useArrangedPositions(model, request);
  const scene = useMemo(() => (isDiagram ? requestScene(model, request, arranged.positions) : null), [isDiagram, model, request, arranged.positions]);
  // A one-page PDF whose names would print below 8 pt: the compact layout when it reads (compactPage.ts), previewed as printed.
  const plan = useMemo(() => (scene && c.format === 'pdf' && !request.tiles ? planPage(model, request, arranged.positions, scene) : null), [scene, c.format, model, request, arranged.positions]);
  const shown = plan?.compact ? plan.scene : scene;
  const svg = useMemo(() => (shown ? sceneToSvg(shown) : null), [shown]);
  const previewUrl = usePreviewUrl(svg);
  // The preview of a large map takes a moment to lay out and draw: said, rather than a blank frame.
  const [drawn, setDrawn] = useState<{ url: string; ok: boolean } | null>(null);
  const previewing = isDiagram && (arranged.pending || (previewUrl !== null && previewUrl !== drawn?.url));
  const previewFailed = isDiagram && !previewing && previewUrl !== null && drawn?.url === previewUrl && !drawn.ok;
  const matrixRows = useMemo(() => {
    if (isDiagram) return null;
    const m = membershipMatrix(model, request, c.lang);
    return m.empty !== null ? m.empty : matrixTable(m).slice(0, 8).map((row) => row.slice(0, 7));
  }, [isDiagram, model, request, c.lang]);

  const run = async (what: 'export' | 'copy') => {
    setBusy(what);
    const timer = setTimeout(() => setSlow(true), PROGRESS_AFTER_MS);
    try {
      const { exportMap, scenePng } = await import('../../../shared/export/exportMap');
      const { browserExportHost } = await import('./browserHost');
      if (what === 'copy') {
        const png = await scenePng(requestScene(model, request, arranged.positions), { ...request, png: { scale: 2 } }, browserExportHost, await browserExportHost.fonts());
        const r = await platform.copyImage(png);
        if (r.ok) notify({ kind: 'info', key: 'export.copied' });
        else notify({ kind: 'error', key: 'export.copyFailed', text: r.message });
        return;
      }
      const file = await exportMap(model, request, browserExportHost);
      const name = exportFileName(model.meta.name, asOf, c.format);
      const saved = await platform.download(file.bytes, name, file.mime);
      if (saved.ok) {
        notify({ kind: 'info', key: 'export.done', values: { name: saved.name } });
        close();
      } else if (!saved.cancelled) notify({ kind: 'error', key: 'export.failed', text: saved.message });
    } catch (e) {
      const detail = e instanceof Error ? e.message : String(e);
      notify({ kind: 'error', key: 'export.failed', text: { sv: detail, en: detail } });
    } finally {
      clearTimeout(timer);
      setBusy(null);
      setSlow(false);
    }
  };

  const toggleLevel = (l: Level) => change({ levels: c.levels.includes(l) ? c.levels.filter((x) => x !== l) : LEVELS.filter((x) => x === l || c.levels.includes(x)) });
  const check = (key: 'landscape' | 'transparent' | 'onlySelection' | 'legend' | 'badges' | 'funding' | 'findings' | 'comments', disabled = false) => (
    <label className="check">
      <input type="checkbox" checked={c[key]} disabled={disabled} onChange={(e) => change({ [key]: e.target.checked })} /> {t(`export.${key}`)}
    </label>
  );

  return (
    <div className="dialog-backdrop">
      <div
        role="dialog"
        aria-modal="true"
        aria-labelledby="export-title"
        className="dialog export-dialog"
        onKeyDown={(e) => {
          if (e.key === 'Escape' && busy === null) close();
        }}
      >
        <h2 id="export-title">{t('export.title')}</h2>
        <div className="export-layout">
          <div className="export-options">
            <div className="field">
              <label htmlFor="export-format">{t('export.format')}</label>
              <select id="export-format" ref={first} value={c.format} onChange={(e) => change({ format: e.target.value as ExportFormat })}>
                {EXPORT_FORMATS.map((f) => (
                  <option key={f} value={f}>
                    {t(`export.formats.${f}`)}
                  </option>
                ))}
              </select>
            </div>
            {(c.format === 'pdf' && c.tiles === 'none') || (c.format === 'png' && c.pngSize === 'page') || c.format === 'docx' ? (
              <div className="field">
                <label htmlFor="export-page">{t('export.page')}</label>
                <select id="export-page" value={c.format !== 'pdf' && c.page === 'auto' ? 'a4' : c.page} onChange={(e) => change({ page: e.target.value as PageChoice })}>
                  {c.format === 'pdf' ? <option value="auto">{t('pageFit.auto')}</option> : null}
                  {PAGE_SIZES.map((p) => (
                    <option key={p} value={p}>
                      {p.toUpperCase()}
                    </option>
                  ))}
                </select>
                {c.format !== 'docx' ? check('landscape', c.format === 'pdf' && c.page === 'auto') : null}
                {c.format === 'pdf' && scene ? <PageFitNote scene={scene} page={c.page} landscape={c.landscape} plan={plan} /> : null}
              </div>
            ) : null}
            {c.format === 'pdf' && scene ? <GlyphNote scene={scene} model={model} /> : null}
            {c.format === 'png' ? (
              <div className="field">
                <label htmlFor="export-size">{t('export.size')}</label>
                <select id="export-size" value={c.pngSize} onChange={(e) => change({ pngSize: e.target.value as ExportChoices['pngSize'] })}>
                  <option value="1">{t('export.sizes.one')}</option>
                  <option value="2">{t('export.sizes.two')}</option>
                  <option value="page">{t('export.sizes.page')}</option>
                </select>
              </div>
            ) : null}
            {c.format === 'png' || c.format === 'svg' ? check('transparent') : null}
            <fieldset className="export-include">
              <legend>{t('export.include')}</legend>
              <label className="check">
                <input type="checkbox" checked={c.onlySelection && selection.length > 0} disabled={selection.length === 0} onChange={(e) => change({ onlySelection: e.target.checked })} />{' '}
                {selection.length > 0 ? t('export.onlySelectionCount', { count: selection.length }) : t('export.noSelection')}
              </label>
              <div className="export-levels" role="group" aria-label={t('export.levels')}>
                {LEVELS.map((l) => (
                  <label key={l} className={`chip level-${l}`}>
                    <input type="checkbox" checked={c.levels.includes(l)} onChange={() => toggleLevel(l)} /> {t(`levels.${l}`)}
                  </label>
                ))}
              </div>
              {isDiagram ? check('legend') : null}
              {isDiagram ? check('badges') : null}
              {isDiagram ? check('funding') : null}
              {isDiagram ? (
                <label className="check">
                  <input type="checkbox" checked={c.documents} onChange={(e) => change({ documents: e.target.checked })} /> {t('docExport.include')}
                </label>
              ) : null}
              {c.format === 'docx' || c.format === 'xlsx' || c.format === 'html' ? check('findings') : null}
              {c.format === 'docx' ? check('comments') : null}
            </fieldset>
            <PrintOptions choices={c} scene={scene} pending={arranged.pending} change={change} />
            <div className="field">
              <label htmlFor="export-lang">{t('export.language')}</label>
              <select id="export-lang" value={c.lang} onChange={(e) => change({ lang: e.target.value as 'sv' | 'en' })}>
                {LANGUAGES.map((l) => (
                  <option key={l} value={l}>
                    {t(`export.languages.${l}`)}
                  </option>
                ))}
              </select>
            </div>
            <p className="muted">{t('export.asOf', { date: asOf })}</p>
          </div>
          <figure className="export-preview" aria-label={t('export.preview')}>
            {/* Always there, so that a screen reader hears its text when it changes. */}
            <p className={`export-preview-wait muted${previewing || previewFailed ? '' : ' visually-hidden'}`} role="status">
              {previewing ? t('export.previewing') : previewFailed ? t('export.previewFailed') : ''}
            </p>
            {previewUrl ? (
              <img
                src={previewUrl}
                alt={t('export.previewAlt', { date: asOf })}
                onLoad={() => setDrawn({ url: previewUrl, ok: true })}
                onError={() => setDrawn({ url: previewUrl, ok: false })}
              />
            ) : null}
            {typeof matrixRows === 'string' ? <p>{matrixRows}</p> : null}
            {Array.isArray(matrixRows) ? (
              <table className="export-matrix">
                <tbody>
                  {matrixRows.map((row, i) => (
                    <tr key={i}>
                      {row.map((cell, j) => (i === 0 ? <th key={j}>{cell}</th> : <td key={j}>{cell}</td>))}
                    </tr>
                  ))}
                </tbody>
              </table>
            ) : null}
            <figcaption className="muted">{t(`export.captions.${c.format}`)}</figcaption>
          </figure>
        </div>
        {slow ? (
          <div className="export-progress" role="status">
            <progress aria-label={t('export.working')} /> {t('export.working')}
          </div>
        ) : null}
        <div className="dialog-buttons">
          <button type="button" onClick={close} disabled={busy !== null}>
            {t('export.cancel')}
          </button>
          {isDiagram ? (
            <button type="button" onClick={() => void run('copy')} disabled={busy !== null} title="Ctrl+Shift+C">
              {t('export.copy')}
            </button>
          ) : null}
          <button type="button" className="primary" onClick={() => void run('export')} disabled={busy !== null || c.levels.length === 0}>
            {t('export.export')}
          </button>
        </div>
      </div>
    </div>
  );
}

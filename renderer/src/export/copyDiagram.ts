import { today } from '../../../shared/time/isoDate';
import type { Platform } from '../platform/types';
import { notify, useEditor } from '../store/editor';
import { initialChoices, requestOf } from './exportSettings';

/** Puts the diagram as the canvas shows it (date, levels) on the clipboard as a picture, at twice its size. */
export async function copyDiagram(platform: Platform): Promise<void> {
  const s = useEditor.getState();
  const choices = { ...initialChoices(s.lang, [...s.levels]), format: 'png' as const, pngSize: '2' as const, transparent: false };
  const request = requestOf(choices, s.asOf, s.selectedBodies, today(), '');
  try {
    const [{ scenePng }, { requestScene }, { browserExportHost }] = await Promise.all([
      import('../../../shared/export/exportMap'),
      import('../../../shared/export/request'),
      import('./browserHost'),
    ]);
    const png = await scenePng(requestScene(s.model, request), request, browserExportHost, await browserExportHost.fonts());
    const r = await platform.copyImage(png);
    if (r.ok) notify({ kind: 'info', key: 'export.copied' });
    else notify({ kind: 'error', key: 'export.copyFailed', text: r.message });
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    notify({ kind: 'error', key: 'export.copyFailed', text: { sv: detail, en: detail } });
  }
}

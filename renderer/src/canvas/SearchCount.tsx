import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useEditor } from '../store/editor';
import { drawnHits } from './hitOrder';
import { useSearchStep } from './searchStepping';
import './searchStepping.css';

/** The search's count beside its field: "12 träffar", or "3 av 12" once Enter steps through them. */
export function SearchCount() {
  const { t } = useTranslation();
  const model = useEditor((s) => s.model);
  const search = useEditor((s) => s.search);
  const asOf = useEditor((s) => s.asOf);
  const levels = useEditor((s) => s.levels);
  const kind = useEditor((s) => s.kind);
  const step = useSearchStep();
  const found = useMemo(() => drawnHits({ model, search, asOf, levels, kind }), [model, search, asOf, levels, kind]);
  let text = '';
  const title: string[] = [];
  if (found) {
    const n = found.order.length;
    const at = step.query === search && step.id !== null ? found.order.indexOf(step.id) : -1;
    text = n === 0 ? t('view.noHits') : at >= 0 ? t('searchSteps.position', { at: at + 1, count: n }) : t('view.hits', { count: n });
    // Short beside the field ("· 1 dold"), where a 1093 px window has no room for the sentence; the sentence on hover.
    if (found.hidden > 0) {
      text += ` · ${t('searchSteps.hiddenShort', { count: found.hidden })}`;
      title.push(t('searchSteps.hidden', { count: found.hidden }));
    }
    if (n > 0) title.push(t('searchSteps.hint'));
  }
  return (
    <span className="search-count" aria-live="polite" title={title.length > 0 ? title.join('\n') : undefined}>
      {text}
    </span>
  );
}

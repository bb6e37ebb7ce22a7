import { memo, useDeferredValue, useId, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { SEVERITIES, type Finding } from '../../../shared/analysis/types';
import type { Language } from '../../../shared/model/vocabulary';
import { dispatch, highlight, useEditor } from '../store/editor';
import { findingsFor, highlightOf } from '../store/findings';
import { nameOn } from '../../../shared/time/names';
import { isNarrowed, narrowFindings, passesNarrowing, type NarrowingContext } from './findingsNarrowing';
import { FindingsNarrowingControls, NarrowedEmpty, useFindingsNarrowing } from './FindingsNarrowingControls';
import { ReadMore } from '../help/ReadMore';

const NOTHING: readonly string[] = [];

/** Findings of the map on the date, grouped by severity and rule, updated as the user edits. */
export function FindingsPanel() {
  const { t } = useTranslation();
  // The list follows edits at a lower priority than the tab's count (SidePanel), which uses
  // the same analysis (findingsFor keeps it): after an edit on a large map the count shows
  // at once and the list, with its hundreds of items, renders right after.
  const model = useDeferredValue(useEditor((s) => s.model));
  const asOf = useDeferredValue(useEditor((s) => s.asOf));
  const lang = useEditor((s) => s.lang);
  const current = useEditor((s) => s.highlight?.key ?? null);
  // Which groups are open is kept while the map is edited, and starts afresh for another map
  // (deferred with the model, so that a new map's groups open by its own findings).
  const mapVersion = useDeferredValue(useEditor((s) => s.mapVersion));
  const { result } = findingsFor(model, asOf);
  const narrowing = useFindingsNarrowing();
  // The list follows the selection only while narrowed to it: on a large map it need not render again at every click.
  const selectedBodies = useEditor((s) => (narrowing.selectionOnly ? s.selectedBodies : NOTHING));
  const selectedLines = useEditor((s) => (narrowing.selectionOnly ? s.selectedLines : NOTHING));
  const context = useMemo<NarrowingContext>(() => {
    const bodyNames = (id: string): string[] => {
      const b = model.bodies.get(id);
      if (!b) return [];
      const then = nameOn(b, asOf);
      return [then.name, then.shortName, b.name, b.shortName];
    };
    return { selectedBodies: new Set(selectedBodies), selectedLines: new Set(selectedLines), lang, bodyNames };
  }, [model, asOf, lang, selectedBodies, selectedLines]);
  const findings = useMemo(() => narrowFindings(result.findings, narrowing, context), [result, narrowing, context]);
  // Grouped once per list: the panel also renders at each edit's urgent pass (with the
  // deferred, unchanged list), where walking thousands of findings again cost tens of ms.
  const groups = useMemo(() => groupFindings(findings), [findings]);
  const acknowledged = isNarrowed(narrowing) ? result.acknowledged.filter((a) => passesNarrowing(a.finding, narrowing, context)) : result.acknowledged;
  const total = result.findings.length;
  // Groups open afresh (small ones open) when the narrowing changes what they hold.
  const narrowKey = `${narrowing.selectionOnly}|${narrowing.severity}|${narrowing.text}`;
  // A large map has thousands of findings: the items share the parent's translations
  // rather than each looking up the same words (and subscribing to the language) again.
  const words = useMemo(() => ({ fix: t('findings.fix'), acknowledge: t('findings.acknowledge') }), [t]);
  return (
    <div className="findings">
      {total > 0 || result.acknowledged.length > 0 ? <FindingsNarrowingControls /> : null}
      <p className="findings-count" aria-live="polite">
        {total === 0 ? t('findings.none') : isNarrowed(narrowing) ? t('findingsNarrowing.shown', { shown: findings.length, count: total }) : t('findings.count', { count: total })}
      </p>
      {total > 0 && findings.length === 0 ? <NarrowedEmpty total={total} nothingSelected={selectedBodies.length === 0 && selectedLines.length === 0} /> : null}
      {groups.map(({ severity, list, rules }) => {
        return (
          <section key={severity} className={`severity severity-${severity}`}>
            <h2>
              {t(`severity.${severity}`)} ({list.length})
            </h2>
            {rules.map(({ rule, ofRule }) => {
              return (
                <RuleGroup
                  key={`${mapVersion}:${narrowKey}:${rule}`}
                  title={`${t(`rules.${rule}`)} (${ofRule.length})`}
                  // Open while a severity has a reading's worth (the sample's ~60 with documents, tasks and audits); a large map's thousands start closed.
                  initiallyOpen={list.length < 100}
                  total={ofRule.length}
                  more={(count, left) => t('findings.showMore', { count, left })}
                >
                  {(shown) =>
                    ofRule.slice(0, shown).map((f) => <FindingItem key={f.key} finding={f} lang={lang} active={current === f.key} t={t} words={words} />)
                  }
                </RuleGroup>
              );
            })}
          </section>
        );
      })}
      {acknowledged.length > 0 ? (
        <details className="acknowledged">
          <summary>{t('findings.acknowledged', { count: acknowledged.length })}</summary>
          <ul>
            {acknowledged.map(({ finding, acknowledgement }) => (
              <li key={finding.key}>
                <p>{finding.message[lang]}</p>
                <p className="ack-reason">
                  {acknowledgement.reason} {acknowledgement.by ? `(${acknowledgement.by})` : ''}
                </p>
                <button type="button" onClick={() => dispatch({ type: 'withdrawAcknowledgement', id: acknowledgement.id })}>
                  {t('findings.withdraw')}
                </button>
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </div>
  );
}

/** The findings by severity (most severe first), each severity's by rule in the order they first come. */
function groupFindings(findings: readonly Finding[]): { severity: Finding['severity']; list: Finding[]; rules: { rule: string; ofRule: Finding[] }[] }[] {
  const out: { severity: Finding['severity']; list: Finding[]; rules: { rule: string; ofRule: Finding[] }[] }[] = [];
  for (const severity of SEVERITIES) {
    const list = findings.filter((f) => f.severity === severity);
    if (list.length === 0) continue;
    const byRule = new Map<string, Finding[]>();
    for (const f of list) {
      const ofRule = byRule.get(f.rule);
      if (ofRule) ofRule.push(f);
      else byRule.set(f.rule, [f]);
    }
    out.push({ severity, list, rules: [...byRule].map(([rule, ofRule]) => ({ rule, ofRule })) });
  }
  return out;
}

/** Items an open group shows at first, and more with each press of its "show more" button. */
const PAGE = 50;

/**
 * One rule's findings. A large map has thousands: a closed group renders its items only
 * when opened, and an open one the first PAGE of them, with a button for more.
 */
function RuleGroup({
  title,
  initiallyOpen,
  total,
  more,
  children,
}: {
  title: string;
  initiallyOpen: boolean;
  total: number;
  more: (count: number, left: number) => string;
  children: (shown: number) => ReactNode;
}) {
  const [open, setOpen] = useState(initiallyOpen);
  const [shown, setShown] = useState(PAGE);
  const left = total - shown;
  return (
    <details open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{title}</summary>
      {open ? <ul>{children(shown)}</ul> : null}
      {open && left > 0 ? (
        <button type="button" className="link show-more" onClick={() => setShown(shown + PAGE)}>
          {more(Math.min(PAGE, left), left)}
        </button>
      ) : null}
    </details>
  );
}

interface FindingItemProps {
  readonly finding: Finding;
  readonly lang: Language;
  readonly active: boolean;
  readonly t: TFunction;
  readonly words: { readonly fix: string; readonly acknowledge: string };
}

/**
 * An edit makes every finding object anew: an item renders again only when what it shows
 * changed (its sentences, its state), not for every keystroke elsewhere on a large map.
 */
const FindingItem = memo(FindingItemView, (a, b) =>
  a.finding.key === b.finding.key &&
  a.active === b.active &&
  a.lang === b.lang &&
  a.t === b.t &&
  a.words === b.words &&
  a.finding.message[a.lang] === b.finding.message[b.lang] &&
  a.finding.fix[a.lang] === b.finding.fix[b.lang],
);

function FindingItemView({ finding, lang, active, t, words }: FindingItemProps) {
  const [acking, setAcking] = useState(false);
  const [reason, setReason] = useState('');
  const [by, setBy] = useState('');
  const [missingReason, setMissingReason] = useState(false);
  const item = useRef<HTMLLIElement>(null);
  const errorId = useId();
  const show = () => highlight(active ? null : { key: finding.key, ...highlightOf(finding) });
  /** Closes the form; the keyboard goes back to the button that opened it. */
  const cancel = (): void => {
    setAcking(false);
    setMissingReason(false);
    requestAnimationFrame(() => item.current?.querySelector<HTMLButtonElement>('.ack-open')?.focus());
  };
  /**
   * The finding leaves the list once acknowledged: the keyboard goes on to the next finding
   * in the panel (or the one before), found by its key once the list has been drawn anew.
   */
  const neighbourKey = (): string | null => {
    const here = item.current;
    const panel = here?.closest('[role="tabpanel"]') ?? document;
    const all = [...panel.querySelectorAll<HTMLElement>('li.finding[data-key]')];
    const at = here ? all.indexOf(here) : -1;
    return (all[at + 1] ?? all[at - 1])?.dataset.key ?? null;
  };
  const focusFinding = (key: string | null): void => {
    const find = () => (key === null ? null : document.querySelector<HTMLButtonElement>(`li.finding[data-key="${CSS.escape(key)}"] .finding-message`));
    // The list is drawn with a deferred value: tried again on the next frames until it is there.
    let tries = 0;
    const attempt = (): void => {
      const next = find();
      if (next) next.focus();
      else if (tries++ < 10) requestAnimationFrame(attempt);
    };
    requestAnimationFrame(attempt);
  };
  return (
    <li ref={item} className={`finding ${active ? 'is-active' : ''}`} data-rule={finding.rule} data-key={finding.key}>
      <button type="button" className="finding-message" aria-pressed={active} onClick={show}>
        {finding.message[lang]}
      </button>
      <p className="finding-fix">
        <strong>{words.fix}:</strong> {finding.fix[lang]}
      </p>
      {acking ? (
        <form
          className="ack-form"
          // The reason is checked here, in the interface's language (the browser's own bubble speaks the browser's).
          noValidate
          onKeyDown={(e) => {
            if (e.key === 'Escape') {
              e.preventDefault();
              e.stopPropagation();
              cancel();
            }
          }}
          onSubmit={(e) => {
            e.preventDefault();
            if (reason.trim() === '') {
              setMissingReason(true);
              e.currentTarget.querySelector('textarea')?.focus();
              return;
            }
            const next = neighbourKey();
            const r = dispatch({ type: 'acknowledgeFinding', acknowledgement: { findingKey: finding.key, reason: reason.trim(), by: by.trim(), at: new Date().toISOString() } });
            if (r.ok) {
              setAcking(false);
              focusFinding(next);
            }
          }}
        >
          <label>
            {t('findings.acknowledgeReason')}
            <textarea
              autoFocus
              required
              aria-invalid={missingReason || undefined}
              aria-describedby={missingReason ? errorId : undefined}
              value={reason}
              onChange={(e) => {
                setReason(e.target.value);
                setMissingReason(false);
              }}
            />
          </label>
          {missingReason ? (
            <small className="error" role="alert" id={errorId}>
              {t('findings.acknowledgeReasonMissing')}
            </small>
          ) : null}
          <label>
            {t('findings.acknowledgeBy')}
            <input value={by} onChange={(e) => setBy(e.target.value)} />
          </label>
          <div className="ack-buttons">
            <button type="submit">{words.acknowledge}</button>
            <button type="button" onClick={cancel}>
              {t('findings.acknowledgeCancel')}
            </button>
          </div>
        </form>
      ) : (
        <button
          type="button"
          className="link ack-open"
          onClick={() => {
            setAcking(true);
            // The whole form in view, its buttons too (it opened partly below the panel's edge).
            requestAnimationFrame(() => item.current?.querySelector('.ack-form')?.scrollIntoView({ block: 'nearest' }));
          }}
        >
          {words.acknowledge}…
        </button>
      )}
      <ReadMore rule={finding.rule} />
    </li>
  );
}

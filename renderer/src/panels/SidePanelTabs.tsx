import type { LucideIcon } from 'lucide-react';
import { Banknote, Building2, ClipboardCheck, FileText, MessageSquare, Settings, TriangleAlert, Users } from 'lucide-react';
import { Tooltip } from 'radix-ui';
import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { showPanel, type PanelName } from '../store/editor';
import './sidePanelTabs.css';

/** A tab's name: the documents part keeps its own words (i18n/parts/documents.ts). */
const TAB_KEY: Partial<Record<PanelName, string>> = { documents: 'docPanel.tab' };

const ICONS: Readonly<Record<string, LucideIcon>> = {
  findings: TriangleAlert,
  body: Building2,
  members: Users,
  initiatives: Banknote,
  comments: MessageSquare,
  settings: Settings,
  documents: FileText,
  audits: ClipboardCheck,
};

/** The key that moves to another tab, as WAI-ARIA's tabs pattern has it (the tab is shown at once). */
function nextTab(panels: readonly PanelName[], current: PanelName, key: string): PanelName | null {
  const i = panels.indexOf(current);
  if (key === 'ArrowRight') return panels[(i + 1) % panels.length] ?? null;
  if (key === 'ArrowLeft') return panels[(i + panels.length - 1) % panels.length] ?? null;
  if (key === 'Home') return panels[0] ?? null;
  if (key === 'End') return panels[panels.length - 1] ?? null;
  return null;
}

/**
 * The side panel's tabs on one row: eight named tabs wrapped onto two rows at 1366×768 and
 * three at 1093×614, pushing the panel's content down. Each tab is an icon; its name is the
 * tooltip and the accessible name, so a screen reader and the tests still find "Ledamöter".
 * The findings tab shows its count as a badge (the name says "Fynd (57)").
 */
export function SidePanelTabs({ panels, panel, findings, label }: { panels: readonly PanelName[]; panel: PanelName; findings: number | null; label: string }) {
  const { t } = useTranslation();
  const onKeyDown = (e: KeyboardEvent, p: PanelName): void => {
    const next = nextTab(panels, p, e.key);
    if (!next) return;
    e.preventDefault();
    showPanel(next);
    document.getElementById(`tab-${next}`)?.focus();
  };
  return (
    <div role="tablist" aria-label={label} className="tabs side-panel-tabs">
      {panels.map((p) => {
        const name = t(TAB_KEY[p] ?? `panels.${p}`);
        const Icon = ICONS[p] ?? FileText;
        const count = p === 'findings' ? findings : null;
        return (
          <Tooltip.Root key={p}>
            <Tooltip.Trigger asChild>
              <button
                type="button"
                role="tab"
                id={`tab-${p}`}
                aria-selected={panel === p}
                aria-controls={`panel-${p}`}
                tabIndex={panel === p ? 0 : -1}
                onClick={() => showPanel(p)}
                onKeyDown={(e) => onKeyDown(e, p)}
              >
                <Icon size={18} strokeWidth={1.75} aria-hidden="true" />
                <span className="visually-hidden">{count === null ? name : `${name} (${count})`}</span>
                {count === null ? null : (
                  <span className="tab-count" aria-hidden="true">
                    {count}
                  </span>
                )}
              </button>
            </Tooltip.Trigger>
            <Tooltip.Portal>
              <Tooltip.Content className="tooltip" sideOffset={4}>
                {name}
              </Tooltip.Content>
            </Tooltip.Portal>
          </Tooltip.Root>
        );
      })}
    </div>
  );
}

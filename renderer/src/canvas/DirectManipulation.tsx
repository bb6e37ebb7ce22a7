import { useReactFlow } from '@xyflow/react';
import { Check, ChevronRight, Dot } from 'lucide-react';
import { ContextMenu } from 'radix-ui';
import { useRef, useState, type KeyboardEvent, type MouseEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Position } from '../../../shared/model/types';
import { useEditor } from '../store/editor';
import { addBodyAt, lastAddedKind } from './canvasCommands';
import { bodyMenu, lineMenu, paneMenu, type MenuEntry, type Words } from './contextMenus';

type Target = { readonly kind: 'pane'; readonly at: Position | null } | { readonly kind: 'body'; readonly id: string } | { readonly kind: 'line'; readonly id: string };

/** What was right-clicked: a body, a reporting line, the empty canvas, or something that keeps the browser's own menu. */
function targetOf(el: HTMLElement, at: () => Position): Target | null {
  if (el.closest('input, textarea, select, .react-flow__controls, .react-flow__minimap, .react-flow__panel')) return null;
  const node = el.closest<HTMLElement>('.react-flow__node');
  if (node?.dataset.id) return { kind: 'body', id: node.dataset.id };
  const edge = el.closest<HTMLElement>('.react-flow__edge');
  if (edge?.dataset.id) return useEditor.getState().model.reportingLines.has(edge.dataset.id) ? { kind: 'line', id: edge.dataset.id } : null;
  if (el.closest('.react-flow__pane, .react-flow__renderer')) return { kind: 'pane', at: at() };
  return null;
}

function entriesFor(target: Target | null, t: Words): MenuEntry[] {
  if (!target) return [];
  if (target.kind === 'body') return bodyMenu(t, target.id);
  if (target.kind === 'line') return lineMenu(t, target.id);
  return paneMenu(t, target.at);
}

/**
 * Around the canvas: right-click menus on the canvas, a body and a line (Radix
 * ContextMenu; Shift+F10 or the context-menu key open a focused body's or line's menu),
 * and a double-click on the empty canvas adds a body there with its name open for typing.
 */
export function DirectManipulation({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const flow = useReactFlow();
  const [target, setTarget] = useState<Target | null>(null);
  // The body or line whose menu was opened from the keyboard gets the focus back when it closes.
  const opener = useRef<HTMLElement | null>(null);
  const words: Words = (key, values) => t(key, values ?? {});
  const entries = entriesFor(target, words);

  const onContextMenuCapture = (e: MouseEvent): void => {
    const found = targetOf(e.target as HTMLElement, () => flow.screenToFlowPosition({ x: e.clientX, y: e.clientY }));
    // Fields, the controls and funding lines keep the browser's menu: the event stops before the menu's trigger sees it.
    if (!found) return e.stopPropagation();
    setTarget(found);
  };
  const onKeyDown = (e: KeyboardEvent): void => {
    if (!(e.key === 'ContextMenu' || (e.shiftKey && e.key === 'F10'))) return;
    const el = (e.target as HTMLElement).closest<HTMLElement>('.react-flow__node, .react-flow__edge');
    if (!el) return;
    e.preventDefault();
    opener.current = el;
    // The menu opens where a right-click on the element's middle would open it.
    const box = el.getBoundingClientRect();
    el.dispatchEvent(new window.MouseEvent('contextmenu', { bubbles: true, cancelable: true, clientX: box.left + box.width / 2, clientY: box.top + box.height / 2 }));
  };
  const onDoubleClick = (e: MouseEvent): void => {
    if (!(e.target as HTMLElement).classList.contains('react-flow__pane')) return;
    void addBodyAt(lastAddedKind(), flow.screenToFlowPosition({ x: e.clientX, y: e.clientY }));
  };

  return (
    // Not modal: a modal Radix menu injects a <style> element (to stop scrolling), which the
    // app's Content Security Policy (style-src 'self') refuses, and hides the rest of the page
    // from assistive technology while leaving it focusable.
    <ContextMenu.Root modal={false}>
      <ContextMenu.Trigger asChild>
        <div className="canvas-area" onContextMenuCapture={onContextMenuCapture} onKeyDown={onKeyDown} onDoubleClick={onDoubleClick}>
          {children}
        </div>
      </ContextMenu.Trigger>
      <ContextMenu.Portal>
        <ContextMenu.Content
          className="ctx-menu"
          aria-label={t(`manipulation.menu.${target?.kind ?? 'pane'}`)}
          onCloseAutoFocus={(e) => {
            // An entry may have put the focus somewhere on purpose (the name field, the members field, a dialog).
            e.preventDefault();
            const back = opener.current;
            opener.current = null;
            requestAnimationFrame(() => {
              if (back?.isConnected && (document.activeElement === document.body || document.activeElement === null)) back.focus();
            });
          }}
        >
          <Entries entries={entries} />
        </ContextMenu.Content>
      </ContextMenu.Portal>
    </ContextMenu.Root>
  );
}

/** Draws menu entries as Radix items, submenus, a checkbox and a radio group. */
export function Entries({ entries }: { entries: readonly MenuEntry[] }) {
  return entries.map((e) => {
    switch (e.type) {
      case 'separator':
        return <ContextMenu.Separator key={e.id} className="ctx-separator" />;
      case 'item':
        return (
          <ContextMenu.Item key={e.id} className={`ctx-item${e.danger ? ' is-danger' : ''}`} disabled={e.disabled} onSelect={e.run} data-entry={e.id}>
            {e.label}
            {e.shortcut ? <span className="ctx-shortcut">{e.shortcut}</span> : null}
          </ContextMenu.Item>
        );
      case 'check':
        return (
          <ContextMenu.CheckboxItem key={e.id} className="ctx-item" checked={e.checked} disabled={e.disabled} onCheckedChange={() => e.run()} data-entry={e.id}>
            <ContextMenu.ItemIndicator className="ctx-check">
              <Check size={14} aria-hidden="true" />
            </ContextMenu.ItemIndicator>
            {e.label}
          </ContextMenu.CheckboxItem>
        );
      case 'choice':
        return (
          <ContextMenu.RadioGroup key={e.id} value={e.value} onValueChange={e.choose}>
            {e.options.map((o) => (
              <ContextMenu.RadioItem key={o.value} value={o.value} className="ctx-item" data-entry={`${e.id}-${o.value}`}>
                <ContextMenu.ItemIndicator className="ctx-check">
                  <Dot size={14} aria-hidden="true" />
                </ContextMenu.ItemIndicator>
                {o.label}
              </ContextMenu.RadioItem>
            ))}
          </ContextMenu.RadioGroup>
        );
      case 'sub':
        return (
          <ContextMenu.Sub key={e.id}>
            <ContextMenu.SubTrigger className="ctx-item" disabled={e.disabled} data-entry={e.id}>
              {e.label}
              <span className="ctx-shortcut">
                <ChevronRight size={14} aria-hidden="true" />
              </span>
            </ContextMenu.SubTrigger>
            <ContextMenu.Portal>
              <ContextMenu.SubContent className="ctx-menu" aria-label={e.label}>
                <Entries entries={e.entries} />
              </ContextMenu.SubContent>
            </ContextMenu.Portal>
          </ContextMenu.Sub>
        );
    }
  });
}

import { Menubar } from 'radix-ui';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { BODY_KINDS, DEFAULT_LEVEL, LEVELS } from '../../../shared/model/vocabulary';
import { openCompare } from '../compare/compareState';
import { newMapFromTemplate, openViewsDialog } from './onDemand';
import { toggleMatrix } from '../matrix/matrixStore';
import { setLang, toggleDecidedBy, toggleFunding, useEditor } from '../store/editor';
import { toggleDocumentsOnCanvas, useDocumentsView } from '../documents/documentsView';
import type { ShellActions } from './actions';
import { HelpMenuItems } from '../help/HelpMenuItems';
import { OrgChartMenu } from './OrgChartMenu';
import { useShell } from './shellState';
import { useMapReadOnly } from '../review/readOnly';
import { shortcutOf } from './shortcuts';

function Item({ onSelect, command, disabled, children }: { onSelect: () => void; command?: keyof ShellActions; disabled?: boolean; children: ReactNode }) {
  const keys = command ? shortcutOf(command) : undefined;
  return (
    <Menubar.Item className="menu-item" onSelect={onSelect} disabled={disabled}>
      <span>{children}</span>
      {keys ? <span className="menu-shortcut">{keys}</span> : null}
    </Menubar.Item>
  );
}

function Menu({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Menubar.Menu>
      <Menubar.Trigger className="menubar-trigger">{title}</Menubar.Trigger>
      <Menubar.Portal>
        <Menubar.Content className="menu" align="start" sideOffset={4} loop>
          {children}
        </Menubar.Content>
      </Menubar.Portal>
    </Menubar.Menu>
  );
}

const Separator = () => <Menubar.Separator className="menu-separator" />;

/**
 * Arkiv / Redigera / Visa / Infoga / Hjälp, as in Office: the web version's menus (the
 * desktop app has the same as native menus). Arrow keys move between and within them;
 * Alt or F10 is not taken from the browser, so the menu bar is reached with Tab or F6.
 */
export function AppMenu({ actions, canHost }: { actions: ShellActions; canHost: boolean }) {
  const { t } = useTranslation();
  const canUndo = useEditor((s) => s.canUndo);
  const canRedo = useEditor((s) => s.canRedo);
  const selected = useEditor((s) => s.selectedBodies.length + s.selectedLines.length > 0);
  const showFunding = useEditor((s) => s.showFunding);
  const showDecidedBy = useEditor((s) => s.showDecidedBy);
  const showDocuments = useDocumentsView((s) => s.onCanvas);
  const lang = useEditor((s) => s.lang);
  const minimap = useShell((s) => s.minimap);
  // Review mode or a viewer's session: what would change the map is greyed out, not left to do nothing.
  const readOnly = useMapReadOnly();
  return (
    <Menubar.Root className="menubar" aria-label={t('shell.menu.label')} loop>
      <Menu title={t('shell.menu.file')}>
        <Item onSelect={actions.startPage}>{t('shell.start.open')}</Item>
        <Separator />
        <Item onSelect={actions.newMap} command="newMap">{t('file.new')}</Item>
        <Item onSelect={() => void newMapFromTemplate(t)}>{t('docTemplate.menu')}</Item>
        <Item onSelect={actions.open} command="open">{t('file.open')}</Item>
        <Item onSelect={actions.openSample}>{t('shell.start.sample')}</Item>
        <Item onSelect={actions.open}>{t('shell.start.importWorkbook')}</Item>
        <Separator />
        <Item onSelect={actions.save} command="save">{t('file.save')}</Item>
        <Item onSelect={actions.saveAs} command="saveAs">{t('file.saveAs')}</Item>
        <Separator />
        <Item onSelect={actions.exportDialog} command="exportDialog">{t('export.open')}</Item>
        <Item onSelect={actions.exportWorkbook}>{t('file.exportWorkbook')}</Item>
        <Item onSelect={actions.copyDiagram} command="copyDiagram">{t('export.copy')}</Item>
        <Separator />
        <Item onSelect={actions.mergeCopy} disabled={readOnly}>{t('merge.open')}</Item>
        {canHost ? <Item onSelect={actions.host}>{t('collab.hostButton')}</Item> : null}
        <Item onSelect={actions.join}>{t('collab.joinButton')}</Item>
      </Menu>
      <Menu title={t('shell.menu.edit')}>
        <Item onSelect={actions.undo} command="undo" disabled={!canUndo || readOnly}>{t('edit.undo')}</Item>
        <Item onSelect={actions.redo} command="redo" disabled={!canRedo || readOnly}>{t('edit.redo')}</Item>
        <Separator />
        <Item onSelect={actions.copy} command="copy" disabled={!selected}>{t('edit.copy')}</Item>
        <Item onSelect={actions.paste} command="paste" disabled={readOnly}>{t('edit.paste')}</Item>
        <Item onSelect={actions.duplicate} command="duplicate" disabled={!selected || readOnly}>{t('edit.duplicate')}</Item>
        <Item onSelect={actions.deleteSelection} command="deleteSelection" disabled={!selected || readOnly}>{t('edit.delete')}</Item>
        <Separator />
        <Item onSelect={actions.find} command="find">{t('view.search')}</Item>
      </Menu>
      <Menu title={t('shell.menu.view')}>
        <Item onSelect={() => actions.zoom('in')}>{t('shell.zoom.in')}</Item>
        <Item onSelect={() => actions.zoom('out')}>{t('shell.zoom.out')}</Item>
        <Item onSelect={() => actions.zoom('reset')}>{t('shell.zoom.reset')}</Item>
        <Item onSelect={() => actions.zoom('fit')}>{t('view.fit')}</Item>
        <Item onSelect={openViewsDialog}>{t('presentation.open')}</Item>
        <Item onSelect={openCompare}>{t('compare.menu')}</Item>
        <Item onSelect={toggleMatrix}>{t('matrix.open')}</Item>
        <Separator />
        <Menubar.CheckboxItem className="menu-item" checked={minimap} onCheckedChange={actions.toggleMinimap}>
          <Menubar.ItemIndicator className="menu-indicator">✓</Menubar.ItemIndicator>
          {t('shell.minimap')}
        </Menubar.CheckboxItem>
        <Menubar.CheckboxItem className="menu-item" checked={showFunding} onCheckedChange={toggleFunding}>
          <Menubar.ItemIndicator className="menu-indicator">✓</Menubar.ItemIndicator>
          {t('view.showFunding')}
        </Menubar.CheckboxItem>
        <Menubar.CheckboxItem className="menu-item" checked={showDecidedBy} onCheckedChange={toggleDecidedBy}>
          <Menubar.ItemIndicator className="menu-indicator">✓</Menubar.ItemIndicator>
          {t('view.showDecidedBy')}
        </Menubar.CheckboxItem>
        <Menubar.CheckboxItem className="menu-item" checked={showDocuments} onCheckedChange={toggleDocumentsOnCanvas}>
          <Menubar.ItemIndicator className="menu-indicator">✓</Menubar.ItemIndicator>
          {t('docCanvas.show')}
        </Menubar.CheckboxItem>
        <Separator />
        {(['findings', 'body', 'members', 'initiatives', 'comments', 'settings'] as const).map((p) => (
          <Item key={p} onSelect={() => actions.showPanel(p)}>
            {t(`panels.${p}`)}
          </Item>
        ))}
        <Item onSelect={() => actions.showPanel('documents')}>{t('docPanel.tab')}</Item>
        <Item onSelect={() => actions.showPanel('audits')}>{t('panels.audits')}</Item>
        <Separator />
        <Menubar.Label className="menu-label">{t('view.language')}</Menubar.Label>
        <Menubar.RadioGroup value={lang} onValueChange={(v) => setLang(v === 'en' ? 'en' : 'sv')}>
          <Menubar.RadioItem className="menu-item" value="sv">
            <Menubar.ItemIndicator className="menu-indicator">●</Menubar.ItemIndicator>
            Svenska
          </Menubar.RadioItem>
          <Menubar.RadioItem className="menu-item" value="en">
            <Menubar.ItemIndicator className="menu-indicator">●</Menubar.ItemIndicator>
            English
          </Menubar.RadioItem>
        </Menubar.RadioGroup>
      </Menu>
      <Menu title={t('shell.menu.insert')}>
        {LEVELS.map((level) => (
          <Menubar.Sub key={level}>
            <Menubar.SubTrigger className="menu-item" disabled={readOnly}>
              {t('shell.insertLevel', { level: t(`levels.${level}`) })}
              <span className="menu-shortcut" aria-hidden="true">
                ▸
              </span>
            </Menubar.SubTrigger>
            <Menubar.Portal>
              <Menubar.SubContent className="menu" sideOffset={2} loop>
                {BODY_KINDS.filter((k) => DEFAULT_LEVEL[k] === level).map((k) => (
                  <Item key={k} onSelect={() => actions.addBody(k)}>
                    {t(`kinds.${k}`)}
                  </Item>
                ))}
              </Menubar.SubContent>
            </Menubar.Portal>
          </Menubar.Sub>
        ))}
        <Separator />
        <Item onSelect={actions.autoLayout} disabled={readOnly}>{t('edit.autoLayout')}</Item>
        <OrgChartMenu disabled={readOnly} />
      </Menu>
      <Menu title={t('shell.menu.help')}>
        <HelpMenuItems />
        <Separator />
        <Item onSelect={actions.startPage}>{t('shell.start.open')}</Item>
        <Item onSelect={actions.shortcuts}>{t('shell.shortcuts.title')}</Item>
      </Menu>
    </Menubar.Root>
  );
}

import { Filter } from 'lucide-react';
import { DropdownMenu } from 'radix-ui';
import { useTranslation } from 'react-i18next';
import { BODY_KINDS, LEVELS, type BodyKind } from '../../../shared/model/vocabulary';
import { setKindFilter, toggleDecidedBy, toggleFunding, toggleLevel, useEditor } from '../store/editor';
import { IconButton } from './IconButton';
import { toggleDocumentsOnCanvas, useDocumentsView } from '../documents/documentsView';

/** What the canvas shows: levels, one kind or all, funding and decided-by links; marked when anything is filtered. */
export function FilterMenu() {
  const { t } = useTranslation();
  const levels = useEditor((s) => s.levels);
  const kind = useEditor((s) => s.kind);
  const showFunding = useEditor((s) => s.showFunding);
  const showDecidedBy = useEditor((s) => s.showDecidedBy);
  const showDocuments = useDocumentsView((s) => s.onCanvas);
  const filtered = levels.size < LEVELS.length || kind !== 'all';
  return (
    <DropdownMenu.Root modal={false}>
      <DropdownMenu.Trigger asChild>
        <IconButton icon={Filter} label={filtered ? t('shell.filterActive') : t('shell.filter')} className={filtered ? 'is-active' : ''} />
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content className="menu menu-scroll" align="start" sideOffset={4} loop>
          <DropdownMenu.Label className="menu-label">{t('view.filterLevel')}</DropdownMenu.Label>
          {LEVELS.map((l) => (
            <DropdownMenu.CheckboxItem key={l} className="menu-item" checked={levels.has(l)} onCheckedChange={() => toggleLevel(l)} onSelect={(e) => e.preventDefault()}>
              <DropdownMenu.ItemIndicator className="menu-indicator">✓</DropdownMenu.ItemIndicator>
              <span className={`legend-swatch level-${l}`} aria-hidden="true" /> {t(`levels.${l}`)}
            </DropdownMenu.CheckboxItem>
          ))}
          <DropdownMenu.Separator className="menu-separator" />
          <DropdownMenu.CheckboxItem className="menu-item" checked={showFunding} onCheckedChange={toggleFunding} onSelect={(e) => e.preventDefault()}>
            <DropdownMenu.ItemIndicator className="menu-indicator">✓</DropdownMenu.ItemIndicator>
            {t('view.showFunding')}
          </DropdownMenu.CheckboxItem>
          <DropdownMenu.CheckboxItem className="menu-item" checked={showDecidedBy} onCheckedChange={toggleDecidedBy} onSelect={(e) => e.preventDefault()}>
            <DropdownMenu.ItemIndicator className="menu-indicator">✓</DropdownMenu.ItemIndicator>
            {t('view.showDecidedBy')}
          </DropdownMenu.CheckboxItem>
          <DropdownMenu.CheckboxItem className="menu-item" checked={showDocuments} onCheckedChange={toggleDocumentsOnCanvas} onSelect={(e) => e.preventDefault()}>
            <DropdownMenu.ItemIndicator className="menu-indicator">✓</DropdownMenu.ItemIndicator>
            {t('docCanvas.show')}
          </DropdownMenu.CheckboxItem>
          <DropdownMenu.Separator className="menu-separator" />
          <DropdownMenu.Label className="menu-label">{t('view.filterKind')}</DropdownMenu.Label>
          <DropdownMenu.RadioGroup value={kind} onValueChange={(v) => setKindFilter(v as BodyKind | 'all')}>
            {(['all', ...BODY_KINDS] as const).map((k) => (
              <DropdownMenu.RadioItem key={k} value={k} className="menu-item">
                <DropdownMenu.ItemIndicator className="menu-indicator">●</DropdownMenu.ItemIndicator>
                {k === 'all' ? t('view.allKinds') : t(`kinds.${k}`)}
              </DropdownMenu.RadioItem>
            ))}
          </DropdownMenu.RadioGroup>
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  );
}

import { ChevronDown, SquarePlus } from 'lucide-react';
import { DropdownMenu } from 'radix-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BODY_KINDS, type BodyKind } from '../../../shared/model/vocabulary';
import type { ShellActions } from './actions';
import { IconButton } from './IconButton';
import { ariaShortcutOf, shortcutOf } from './shortcuts';

/** Add a body: the button adds one of the kind last chosen, the arrow beside it chooses another kind. */
export function AddBodyMenu({ actions, disabled = false }: { actions: ShellActions; disabled?: boolean }) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<BodyKind>('working_group');
  return (
    <span className="split-button">
      <IconButton
        icon={SquarePlus}
        label={t('edit.addBody')}
        shortcut={`${t(`kinds.${kind}`)} · ${shortcutOf('addBody') ?? ''}`}
        ariaShortcut={ariaShortcutOf('addBody')}
        onClick={() => actions.addBody(kind)}
        disabled={disabled}
      />
      <DropdownMenu.Root modal={false}>
        <DropdownMenu.Trigger asChild>
          <IconButton icon={ChevronDown} label={t('shell.chooseKind')} className="split-arrow" disabled={disabled} />
        </DropdownMenu.Trigger>
        <DropdownMenu.Portal>
          <DropdownMenu.Content className="menu menu-scroll" align="start" sideOffset={4} loop>
            {BODY_KINDS.map((k) => (
              <DropdownMenu.Item
                key={k}
                className="menu-item"
                onSelect={() => {
                  setKind(k);
                  actions.addBody(k);
                }}
              >
                {t(`kinds.${k}`)}
              </DropdownMenu.Item>
            ))}
          </DropdownMenu.Content>
        </DropdownMenu.Portal>
      </DropdownMenu.Root>
    </span>
  );
}

import type { LucideIcon } from 'lucide-react';
import { Tooltip } from 'radix-ui';
import { forwardRef, type ComponentPropsWithoutRef } from 'react';

type Props = Omit<ComponentPropsWithoutRef<'button'>, 'children'> & {
  readonly label: string;
  readonly icon: LucideIcon;
  /** The shortcut as shown ("Ctrl+S"); named in the tooltip. */
  readonly shortcut?: string;
  /** The shortcut for aria-keyshortcuts ("Control+S"). */
  readonly ariaShortcut?: string;
};

/** A toolbar button: an icon, its name for screen readers, and a tooltip that names the shortcut. */
export const IconButton = forwardRef<HTMLButtonElement, Props>(function IconButton({ label, icon: Icon, shortcut, ariaShortcut, className, ...rest }, ref) {
  return (
    <Tooltip.Root>
      <Tooltip.Trigger asChild>
        <button ref={ref} type="button" className={`icon-button ${className ?? ''}`} aria-label={label} aria-keyshortcuts={ariaShortcut} {...rest}>
          <Icon size={18} strokeWidth={1.75} aria-hidden="true" />
        </button>
      </Tooltip.Trigger>
      <Tooltip.Portal>
        <Tooltip.Content className="tooltip" sideOffset={6}>
          {label}
          {shortcut ? <kbd>{shortcut}</kbd> : null}
        </Tooltip.Content>
      </Tooltip.Portal>
    </Tooltip.Root>
  );
});

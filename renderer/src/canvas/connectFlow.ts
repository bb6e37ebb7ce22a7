import { create } from 'zustand';
import { editsRefused, notify, useEditor } from '../store/editor';

/**
 * A reporting line being made: from a body, to a body when it is known (a drag between
 * two handles), or to one the person still has to choose (the shortcut, the menus).
 */
export interface Connecting {
  readonly from: string;
  readonly to: string | null;
}

export const useConnecting = create<{ readonly connecting: Connecting | null }>()(() => ({ connecting: null }));

/**
 * Opens the line dialog from `from`; without `to` it first asks for the receiver. Not in
 * review mode (which says once why), nor in a session one may only view: the dialog's last
 * step would do nothing.
 */
export function startConnect(from: string, to: string | null = null): void {
  if (editsRefused()) return;
  if (useEditor.getState().collab?.readOnly) {
    notify({ kind: 'error', key: 'collab.viewOnly' });
    return;
  }
  useConnecting.setState({ connecting: { from, to } });
}

export function closeConnect(): void {
  useConnecting.setState({ connecting: null });
}

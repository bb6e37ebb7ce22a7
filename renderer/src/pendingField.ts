/**
 * A field being typed in holds a value the map does not have yet: panel fields apply their
 * value when they are left. Before the map is saved, autosaved on leaving the page, or its
 * window closed, that value is committed by leaving the field.
 */

const isField = (el: Element | null): el is HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement =>
  el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement;

/** Commits the field being typed in (by leaving it, which is when fields apply their value). */
export function commitFocusedField(): void {
  const el = document.activeElement;
  if (isField(el)) el.blur();
}

/**
 * Calls `onChange(true)` when the person starts typing in a field of the editor and
 * `onChange(false)` when the field is left; returns a function that stops listening.
 * The desktop shell reports this as unsaved, so that closing the window asks first.
 */
export function followTyping(onChange: (typing: boolean) => void): () => void {
  let typing = false;
  const set = (v: boolean): void => {
    if (v === typing) return;
    typing = v;
    onChange(v);
  };
  const onInput = (e: Event): void => {
    // The search field and the date field change the view, not the map.
    const el = e.target as Element | null;
    if (isField(el) && el.id !== 'search' && el.closest('.side-panel')) set(true);
  };
  const onLeave = (): void => set(false);
  document.addEventListener('input', onInput, true);
  document.addEventListener('focusout', onLeave, true);
  return () => {
    document.removeEventListener('input', onInput, true);
    document.removeEventListener('focusout', onLeave, true);
  };
}

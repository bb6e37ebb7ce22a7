import { create } from 'zustand';

/**
 * Which body's edit form the Body tab shows instead of its profile. The profile comes
 * first for every selected body; *Redigera* opens the form for that body only, so
 * selecting another body shows its profile again.
 */
const useBodyFormStore = create<{ readonly formFor: string | null }>()(() => ({ formFor: null }));

/** The id of the body whose form is open, or null. */
export function useBodyFormFor(): string | null {
  return useBodyFormStore((s) => s.formFor);
}

/** Opens the edit form of a body (Redigera; a body just added). */
export function showBodyForm(id: string): void {
  useBodyFormStore.setState({ formFor: id });
}

/** Back to the profile. */
export function showBodyProfile(): void {
  useBodyFormStore.setState({ formFor: null });
}

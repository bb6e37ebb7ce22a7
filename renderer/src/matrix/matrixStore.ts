import { create } from 'zustand';

/** The responsibility matrix view's own state: open or not, the task chosen (its roles shown on the canvas), filters. */
export interface MatrixState {
  readonly open: boolean;
  /** The task whose assignments the canvas shows as badges; null for none. */
  readonly task: string | null;
  readonly initiative: string | null;
  readonly document: string | null;
  readonly byLevel: boolean;
}

export const useMatrix = create<MatrixState>()(() => ({ open: false, task: null, initiative: null, document: null, byLevel: false }));

export const openMatrix = (): void => useMatrix.setState({ open: true });
export const closeMatrix = (): void => useMatrix.setState({ open: false });
export const toggleMatrix = (): void => useMatrix.setState({ open: !useMatrix.getState().open });
export const chooseTask = (task: string | null): void => useMatrix.setState({ task });
export const filterByInitiative = (initiative: string | null): void => useMatrix.setState({ initiative, document: null });
export const filterByDocument = (document: string | null): void => useMatrix.setState({ document, initiative: null });
export const setByLevel = (byLevel: boolean): void => useMatrix.setState({ byLevel });

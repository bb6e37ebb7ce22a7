import type { TFunction } from 'i18next';
import type { OpenedFiles, Platform } from '../platform/types';

/*
 * Commands whose code is not needed until they are chosen (menus, the start page, a
 * merge): each loads its module on first use, which keeps it out of the start-up chunk.
 */

/** Visa › Sparade vyer (the saved views and their checks of stored data). */
export const openViewsDialog = (): void => void import('../presentation/presentationStore').then((m) => m.openViewsDialog());

/** Arkiv › Ny karta från Brås mall (the template's organisation). */
export const newMapFromTemplate = (t: TFunction): Promise<void> => import('../documents/templateMap').then((m) => m.newMapFromTemplate(t));

/** Arkiv › Slå ihop med kopia (the merge and its dialog's store). */
export const mergeCopy = (platform: Platform): Promise<void> => import('../dialogs/mergeFlow').then((m) => m.mergeCopy(platform));

/** A merge the desktop asks for when saving over a changed file. */
export const mergeOpenedFiles = (opened: OpenedFiles): Promise<void> => import('../dialogs/mergeFlow').then((m) => m.mergeOpenedFiles(opened));

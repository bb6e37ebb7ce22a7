import { placeInWords } from '../shared/file/issueWords';
import type { Repair } from '../shared/file/restore';
import type { Language } from '../shared/model/vocabulary';

/**
 * The lines that tell the user what was repaired while a file was read, so that no
 * command repairs silently. `file` names the file when a command reads more than one.
 */
export function repairNotes(repairs: readonly Repair[], lang: Language, file?: string): string[] {
  return repairs.map((r) => {
    const where = r.path ? `${placeInWords(r.path, lang)}: ` : '';
    if (lang === 'sv') return `${file ? `Reparerat vid inläsning av ${file}` : 'Reparerat vid inläsning'}: ${where}${r.message.sv}`;
    return `${file ? `Repaired on loading ${file}` : 'Repaired on load'}: ${where}${r.message.en}`;
  });
}

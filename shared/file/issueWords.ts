import { DECLARATIONS, MAP_KEY_DECLARATIONS, type Declarations } from '../model/declarations';
import type { Issue } from '../model/issue';
import type { CollectionName } from '../model/types';

const AT_ELEMENT = /^(\w+)\[(\d+)\](?:\.([\w.]+))?(.*)$/;
const AT_MAP = /^(map|settings)\.(\w+)$/;

/** The fields of an entry in a list field (a status history's, a former name's) in words; the test checks that every key of those specs is here. */
export const ENTRY_FIELDS: Readonly<Record<string, { readonly sv: string; readonly en: string }>> = {
  status: { sv: 'status', en: 'status' },
  date: { sv: 'datum', en: 'date' },
  name: { sv: 'namn', en: 'name' },
  shortName: { sv: 'kortnamn', en: 'short name' },
  validTo: { sv: 'giltig till', en: 'valid to' },
};

const capitalised = (s: string): string => s.charAt(0).toLocaleUpperCase('sv-SE') + s.slice(1);

/** A field of a collection as a person calls it: its workbook column's Swedish name, else its label. */
function fieldWords(declarations: Declarations, collection: CollectionName, field: string, lang: 'sv' | 'en'): string {
  const declaration = declarations[collection];
  const column = declaration.sheet?.columns.find((c) => c.field === field);
  const top = field.split('.')[0] as string;
  const label = (declaration.labels as Record<string, { sv: string; en: string } | undefined>)[top];
  // In Swedish the column's name, as the workbook and the form write it; in English the label ("Amount (SEK)", not "Amount sek").
  if (column) return lang === 'sv' ? (column.sv[0] ?? column.name.replaceAll('_', ' ')) : field === top && label ? label.en : capitalised(column.name.replaceAll('_', ' '));
  return label ? label[lang] : field;
}

/**
 * Where in a map file a problem is, in words: `bodies[3].mandate.decidedBy` is "Organ 4,
 * Beslutat av" ("Body 4, Decided by"), `settings.overloadThreshold` is "Överbelastad vid
 * fler än". A path it cannot read is given as it is.
 */
export function placeInWords(path: string, lang: 'sv' | 'en', declarations: Declarations = DECLARATIONS): string {
  const element = AT_ELEMENT.exec(path);
  if (element && element[1] && element[1] in declarations) {
    const collection = element[1] as CollectionName;
    const place = `${capitalised(declarations[collection].noun[lang])} ${Number(element[2]) + 1}`;
    if (!element[3]) return place;
    // Inside a list of a field (a status history): its entry, counted from 1, and the entry's field.
    const entry = /^\[(\d+)\](?:\.(\w+))?$/.exec(element[4] ?? '');
    const inner = entry?.[2];
    const within = entry ? `, ${lang === 'sv' ? 'post' : 'entry'} ${Number(entry[1]) + 1}${inner ? `, ${ENTRY_FIELDS[inner]?.[lang] ?? inner}` : ''}` : '';
    return `${place}, ${fieldWords(declarations, collection, element[3], lang)}${within}`;
  }
  const setting = AT_MAP.exec(path);
  const key = setting ? MAP_KEY_DECLARATIONS.find((k) => k.part === (setting[1] === 'map' ? 'meta' : 'settings') && k.field === setting[2]) : undefined;
  if (key) return key.label[lang];
  // A part of the file as a whole ("bodies": null, "map": []): its key, which is what the person sees in the file.
  if (/^\w+$/.test(path) && (path in declarations || path === 'map' || path === 'settings')) return lang === 'sv' ? `Delen "${path}" av filen` : `The file's "${path}" part`;
  return path;
}

/** An issue of a map file for a person: the place in words, then what is wrong (`formatIssue` gives the path, for developers). */
export function issueInWords(issue: Issue, lang: 'sv' | 'en'): string {
  return issue.path ? `${placeInWords(issue.path, lang)}: ${issue.message[lang]}` : issue.message[lang];
}

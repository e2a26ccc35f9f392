// Where a document names a concept of a Vorhaben, and how well: whole, as part of a compound, derived, or as a phrase.
import type { Concept, Form, Label } from './concepts.ts';
import { partKey } from './compounds.ts';
import type { Field } from './reason.ts';
import { readGroups, type Group, type Reader } from './words.ts';

/** How much a mention counts by where the document has it. */
export const FIELD_WEIGHTS: Readonly<Record<Field, number>> = { title: 1, descriptor: 0.85, abstract: 0.7, subjectArea: 0.4 };
/** How well a form is found: the same word, one compound that begins with it, a derivation, a phrase, a compound that ends with it. */
const EXACT = 1;
export const LEADING = 0.9;
export const PHRASE = 0.8;
const DERIVED = 0.7;
const INSIDE = 0.5;
/** What a rare part of a compound earns when the whole is not found ("Games" of "Games-Standort"), scaled by its rarity. */
const PARTIAL = 0.45;
const MIN_PARTIAL_RARITY = 0.8;
/** Found less well than this, a concept is only a hint: a partial match is tried, and a reason does not name it. */
export const NAMED = 0.5;
/** A phrase of which a unit is a law's head ("Gesetz … Daten" for "Datengesetz") may name another law: weaker evidence. */
const HEAD_PHRASE = 0.5;
const LAW_HEAD_KEYS = new Set(['gesetz', 'gesetzbuch', 'verordnung', 'ordnung', 'richtlinie'].map(partKey));
/** Words of a phrase may stand this many content words apart: "Modernisierung der Register", "Stipendium für Gründerinnen". */
const PHRASE_GAP = 2;
/** Derivations are recognised from stems this long: "digital" in "digitalisier". */
const MIN_DERIVED = 5;

/** One field of a document as the matcher reads it, with look-ups by key and by compound part. */
export interface Instance {
  field: Field;
  text: string;
  groups: Group[];
  keys: Set<string>;
  /** Beginnings of the groups' keys, for derivations ("digital" in "digitalisier"). */
  prefixes: Set<string>;
  partsAt: Map<string, number[]>;
  /** Keys, prefixes and parts together: what a concept's probes are looked up in. */
  present: Set<string>;
}

/** The fields of a document matching reads. */
export interface DocumentFields {
  title: string;
  abstract: string | null;
  descriptors: readonly string[];
  subjectAreas: readonly string[];
}

export function instancesOf(document: DocumentFields, reader: Reader): Instance[] {
  const instances = [instanceOf('title', document.title, reader)];
  if (document.abstract) instances.push(instanceOf('abstract', document.abstract, reader));
  for (const descriptor of document.descriptors) instances.push(instanceOf('descriptor', descriptor, reader));
  for (const area of document.subjectAreas) instances.push(instanceOf('subjectArea', area, reader));
  return instances;
}

export function instanceOf(field: Field, text: string, reader: Reader): Instance {
  const groups = readGroups(text, reader).filter((group) => !group.filler);
  const keys = new Set<string>();
  const prefixes = new Set<string>();
  const partsAt = new Map<string, number[]>();
  groups.forEach((group, at) => {
    for (const key of group.keys) {
      keys.add(key);
      if (!key.startsWith('#')) for (let length = MIN_DERIVED; length < key.length; length++) prefixes.add(key.slice(0, length));
    }
    for (const part of new Set(group.parts)) {
      const list = partsAt.get(part);
      if (list) list.push(at);
      else partsAt.set(part, [at]);
    }
  });
  return { field, text, groups, keys, prefixes, partsAt, present: new Set([...keys, ...prefixes, ...partsAt.keys()]) };
}

export interface Found {
  quality: number;
  /** The document's words that show it. */
  text: string;
}

const NOTHING: Found = { quality: 0, text: '' };

export function findConcept(concept: Concept, instance: Instance, generic: ReadonlySet<string>): Found {
  let best = NOTHING;
  for (const form of concept.forms) {
    const found = findForm(form, instance, generic);
    if (found.quality > best.quality) best = found;
  }
  if (best.quality >= NAMED) return best;
  for (const { part, rarity } of concept.telling) {
    const at = instance.partsAt.get(part);
    const quality = Math.min(PARTIAL, (PARTIAL * rarity) / concept.rarity);
    if (at && rarity >= MIN_PARTIAL_RARITY && quality > best.quality) best = { quality, text: instance.groups[at[0]!]!.text };
  }
  return best;
}

export function findLabel(label: Label, instance: Instance, generic: ReadonlySet<string>): boolean {
  return label.some((form) => findForm(form, instance, generic).quality >= PHRASE);
}

function findForm(form: Form, instance: Instance, generic: ReadonlySet<string>): Found {
  for (const key of form.keys) {
    if (instance.keys.has(key)) return { quality: EXACT, text: instance.groups.find((group) => group.keys.includes(key))!.text };
  }
  let best = NOTHING;
  if (form.parts.length > 0) {
    for (const at of instance.partsAt.get(form.parts[0]!) ?? []) {
      const group = instance.groups[at]!;
      const offset = contiguousAt(group.parts, form.parts);
      if (offset < 0) continue;
      // "Bundes-Klimaschutzgesetz" is the Klimaschutzgesetz; "Forschungsdatengesetz" is a data law, not the Datengesetz.
      const quality = group.parts.slice(0, offset).every((part) => generic.has(part)) ? LEADING : INSIDE;
      if (quality > best.quality) best = { quality, text: group.text };
    }
  }
  if (best.quality < LEADING && form.parts.length > 2) {
    // The document names the Vorhaben's compound without its generic parts ("Lieferkettengesetz" for
    // "EU-Lieferkettengesetz"), or a shorter compound inside it ("Staatsangehörigkeit" of "Mehrfachstaatsangehörigkeit").
    for (const part of new Set(form.parts)) {
      if (generic.has(part)) continue;
      for (const at of instance.partsAt.get(part) ?? []) {
        const group = instance.groups[at]!;
        if (group.parts.length < 2 || group.parts.length >= form.parts.length || group.parts[0] !== part) continue;
        const offset = contiguousAt(form.parts, group.parts);
        if (offset < 0) continue;
        // Only a generic modifier may be missing: without its head a law's name is its field ("Tierschutz").
        const whole = offset + group.parts.length === form.parts.length && form.parts.slice(0, offset).every((other) => generic.has(other));
        const quality = whole ? LEADING : INSIDE;
        if (quality > best.quality) best = { quality, text: group.text };
      }
    }
  }
  if (best.quality < DERIVED) {
    for (const key of form.keys) {
      if (key.length < MIN_DERIVED || key.startsWith('#') || !instance.prefixes.has(key)) continue;
      best = { quality: DERIVED, text: instance.groups.find((group) => group.keys.some((own) => own.startsWith(key)))!.text };
      break;
    }
  }
  if (best.quality < PHRASE && form.units.length > 1) {
    const phrase = findPhrase(form.units, instance);
    const quality = form.units.some((unit) => unit.length === 1 && LAW_HEAD_KEYS.has(unit[0]!)) ? HEAD_PHRASE : PHRASE;
    if (phrase && quality > best.quality) best = { quality, text: phrase };
  }
  return best;
}

/** Where `wanted` stands as a run inside `parts`, or -1. */
function contiguousAt(parts: readonly string[], wanted: readonly string[]): number {
  outer: for (let start = 0; start + wanted.length <= parts.length; start++) {
    for (let i = 0; i < wanted.length; i++) if (parts[start + i] !== wanted[i]) continue outer;
    return start;
  }
  return -1;
}

/**
 * The units of a form spread over nearby groups, in any order: "Modernisierung der Register" for
 * "Registermodernisierung", "Bundesbeauftragte für Tierschutz" for "Tierschutzbeauftragte". Each group covers a run
 * of units at its end, so a unit inside another compound ("Grund" of "Kindergrundsicherung") does not count, nor does
 * a group holding a further unit elsewhere ("Gesundheitsdatennutzungsgesetz" is no "Datengesetz").
 */
function findPhrase(units: ReadonlyArray<readonly string[]>, instance: Instance): string | undefined {
  const reach = PHRASE_GAP * (units.length - 1);
  /** Groups whose parts end with units `from`…`to`-1 and hold no other unit. */
  const covering = (from: number, to: number): number[] => {
    const run = units.slice(from, to).flat();
    return (instance.partsAt.get(run[0]!) ?? []).filter((at) => {
      const parts = instance.groups[at]!.parts;
      if (contiguousAt(parts, run) !== parts.length - run.length) return false;
      const before = parts.slice(0, parts.length - run.length);
      return units.every((unit, index) => (index >= from && index < to) || contiguousAt(before, unit) < 0);
    });
  };
  const search = (from: number, chosen: number[]): number[] | undefined => {
    if (from === units.length) return chosen.length > 1 ? chosen : undefined;
    for (let to = units.length; to > from; to--) {
      for (const at of covering(from, to)) {
        if (chosen.includes(at) || chosen.some((other) => Math.abs(other - at) > reach)) continue;
        const found = search(to, [...chosen, at]);
        if (found) return found;
      }
    }
    return undefined;
  };
  const chosen = search(0, []);
  if (!chosen) return undefined;
  const from = Math.min(...chosen);
  const to = Math.max(...chosen);
  return instance.text.slice(instance.groups[from]!.start, instance.groups[to]!.end);
}

// The Bundestag's DIP API (OpenAPI 1.3, docs/evidence.md) as far as evidence discovery reads it: the
// filters each list endpoint knows, named as the spec names them, and the answers' fields we use.
// Unknown fields are kept (later API versions add some); missing required ones fail the answer.
import { z } from 'zod';

type Arity = 'one' | 'many';

/**
 * Every filter of the list endpoints we call, as in the spec (`cursor` and `format` are the client's).
 * The API ignores an unknown filter silently and answers the unfiltered list, so a filter is sent only
 * when it is named here; `formats/dip.test.ts` checks the table against the spec.
 */
export const DIP_FILTERS = {
  vorgang: {
    'f.aktualisiert.start': 'one',
    'f.aktualisiert.end': 'one',
    'f.beratungsstand': 'many',
    'f.datum.start': 'one',
    'f.datum.end': 'one',
    'f.deskriptor': 'many',
    'f.dokumentart': 'one',
    'f.dokumentnummer': 'many',
    'f.drucksache': 'one',
    'f.drucksachetyp': 'one',
    'f.frage_nummer': 'many',
    'f.gesta': 'many',
    'f.id': 'many',
    'f.initiative': 'many',
    'f.plenarprotokoll': 'one',
    'f.ressort_fdf': 'many',
    'f.sachgebiet': 'many',
    'f.titel': 'many',
    'f.urheber': 'many',
    'f.verkuendung_fundstelle': 'many',
    'f.vorgangstyp': 'many',
    'f.vorgangstyp_notation': 'many',
    'f.wahlperiode': 'many',
  },
  vorgangsposition: {
    'f.aktivitaet': 'one',
    'f.aktualisiert.start': 'one',
    'f.aktualisiert.end': 'one',
    'f.datum.start': 'one',
    'f.datum.end': 'one',
    'f.dokumentart': 'one',
    'f.dokumentnummer': 'many',
    'f.drucksache': 'one',
    'f.drucksachetyp': 'one',
    'f.frage_nummer': 'many',
    'f.id': 'many',
    'f.plenarprotokoll': 'one',
    'f.ressort_fdf': 'many',
    'f.titel': 'many',
    'f.urheber': 'many',
    'f.vorgang': 'one',
    'f.vorgangstyp': 'many',
    'f.vorgangstyp_notation': 'many',
    'f.wahlperiode': 'many',
    'f.zuordnung': 'one',
  },
  drucksache: {
    'f.aktualisiert.start': 'one',
    'f.aktualisiert.end': 'one',
    'f.datum.start': 'one',
    'f.datum.end': 'one',
    'f.dokumentnummer': 'many',
    'f.drucksachetyp': 'one',
    'f.id': 'many',
    'f.ressort_fdf': 'many',
    'f.titel': 'many',
    'f.urheber': 'many',
    'f.vorgangstyp': 'many',
    'f.vorgangstyp_notation': 'many',
    'f.wahlperiode': 'many',
    'f.zuordnung': 'one',
  },
} as const satisfies Record<string, Record<string, Arity>>;

export type DipResource = keyof typeof DIP_FILTERS;
export type DipFilterName<R extends DipResource> = keyof (typeof DIP_FILTERS)[R] & string;
export type DipFilters<R extends DipResource> = Partial<Record<DipFilterName<R>, string | number | readonly (string | number)[]>>;

/** Documents per page of the list endpoints (10 on the `*-text` ones, which we do not read). */
export const DIP_PAGE_SIZE = 100;

const numericId = z.string().regex(/^\d+$/, 'a numeric id');
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date YYYY-MM-DD');
const strings = z.array(z.string()).optional();

export const vorgangSchema = z.looseObject({
  id: numericId,
  typ: z.literal('Vorgang'),
  titel: z.string(),
  vorgangstyp: z.string(),
  wahlperiode: z.number().int(),
  aktualisiert: z.string(),
  beratungsstand: z.string().optional(),
  datum: day.optional(),
  abstract: z.string().optional(),
  sachgebiet: strings,
  initiative: strings,
  gesta: z.string().optional(),
  deskriptor: z.array(z.looseObject({ name: z.string(), typ: z.string(), fundstelle: z.boolean().optional() })).optional(),
  verkuendung: z
    .array(
      z.looseObject({
        fundstelle: z.string(),
        verkuendungsdatum: day,
        ausfertigungsdatum: day.optional(),
        pdf_url: z.string().optional(),
        titel: z.string().optional(),
      }),
    )
    .optional(),
  inkrafttreten: z.array(z.looseObject({ datum: day, erlaeuterung: z.string().optional() })).optional(),
});

const fundstelleSchema = z.looseObject({
  id: numericId,
  dokumentart: z.string(),
  dokumentnummer: z.string(),
  datum: day,
  herausgeber: z.string().nullish(),
  drucksachetyp: z.string().optional(),
  pdf_url: z.string().optional(),
  urheber: strings,
});

export const vorgangspositionSchema = z.looseObject({
  id: numericId,
  typ: z.literal('Vorgangsposition'),
  vorgang_id: numericId,
  vorgangsposition: z.string(),
  titel: z.string(),
  vorgangstyp: z.string(),
  datum: day,
  aktualisiert: z.string(),
  gang: z.boolean(),
  dokumentart: z.string(),
  zuordnung: z.string().optional(),
  fundstelle: fundstelleSchema,
  beschlussfassung: z.array(z.looseObject({ beschlusstenor: z.string() })).optional(),
  ressort: z.array(z.looseObject({ titel: z.string(), federfuehrend: z.boolean().optional() })).optional(),
});

export const drucksacheSchema = z.looseObject({
  id: numericId,
  typ: z.literal('Dokument'),
  dokumentart: z.string(),
  dokumentnummer: z.string(),
  drucksachetyp: z.string(),
  herausgeber: z.string(),
  datum: day,
  aktualisiert: z.string(),
  titel: z.string(),
  wahlperiode: z.number().int().optional(),
  fundstelle: z.looseObject({ pdf_url: z.string().optional() }),
  ressort: z.array(z.looseObject({ titel: z.string(), federfuehrend: z.boolean().optional() })).optional(),
});

export const DIP_SCHEMAS = { vorgang: vorgangSchema, vorgangsposition: vorgangspositionSchema, drucksache: drucksacheSchema } as const;

export type Vorgang = z.infer<typeof vorgangSchema>;
export type Vorgangsposition = z.infer<typeof vorgangspositionSchema>;
export type Drucksache = z.infer<typeof drucksacheSchema>;
export type DipDocument<R extends DipResource> = z.infer<(typeof DIP_SCHEMAS)[R]>;

/** A list answer: its documents are checked one by one against the resource's schema. */
export const listAnswerSchema = z.looseObject({
  numFound: z.number().int().min(0),
  cursor: z.string(),
  documents: z.array(z.unknown()),
});

/** The public DIP page of a Vorgang (the slug is the title, as the DIP's own links write it). */
export function vorgangPageUrl(vorgang: Pick<Vorgang, 'id' | 'titel'>): string {
  const slug =
    vorgang.titel
      .toLowerCase()
      .normalize('NFC')
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 120) || 'vorgang';
  return `https://dip.bundestag.de/vorgang/${encodeURIComponent(slug)}/${vorgang.id}`;
}

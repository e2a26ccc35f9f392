// agreement.yml beside chapter files: which agreement and government the chapters belong to.
import { Document, LineCounter, parseDocument } from 'yaml';
import { z } from 'zod';
import { isSlug } from '../domain/slug.ts';
import { findDisallowedValue, FrontmatterError } from './frontmatter.ts';
import { dateField, httpUrl } from './okf-schema.ts';

export const AGREEMENT_FILE_NAME = 'agreement.yml';

const slugField = z.string().refine(isSlug, 'expected a slug: lowercase letters, digits and single hyphens');

const agreementFileSchema = z.strictObject({
  slug: slugField.nullish(),
  title: z.string().trim().min(1).nullish(),
  source_url: httpUrl.nullish(),
  licence: z.string().trim().min(1).nullish(),
  government: z
    .strictObject({
      slug: slugField.nullish(),
      name: z.string().trim().min(1).nullish(),
      parties: z.array(z.string().trim().min(1)).nullish(),
      term_start: dateField.nullish(),
      term_end: dateField.nullish(),
      active: z.boolean().nullish(),
    })
    .nullish(),
});

export interface AgreementDescription {
  slug: string | null;
  title: string | null;
  sourceUrl: string | null;
  licence: string | null;
  government: {
    slug: string | null;
    name: string | null;
    parties: string[] | null;
    termStart: string | null;
    termEnd: string | null;
    active: boolean | null;
  };
}

export function parseAgreementFile(text: string): AgreementDescription {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, uniqueKeys: true });
  const problem = document.errors[0];
  if (problem) throw new FrontmatterError(`broken YAML: ${problem.message.split('\n')[0]}`, lineCounter.linePos(problem.pos[0]).line);
  const lineOf = (path: readonly (string | number)[]) => {
    const node = document.getIn(path, true) as { range?: [number] } | undefined;
    return node?.range ? lineCounter.linePos(node.range[0]).line : 1;
  };
  const data: unknown = document.toJS({ maxAliasCount: 50 }) ?? {};
  const stray = findDisallowedValue(data);
  if (stray) throw new FrontmatterError(stray.problem, lineOf(stray.at), stray.path.join('.') || 'agreement');
  const parsed = agreementFileSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const path = issue.path.filter((part): part is string | number => typeof part !== 'symbol');
    throw new FrontmatterError(issue.message, lineOf(path), path.join('.') || 'agreement');
  }
  const { government } = parsed.data;
  return {
    slug: parsed.data.slug ?? null,
    title: parsed.data.title ?? null,
    sourceUrl: parsed.data.source_url ?? null,
    licence: parsed.data.licence ?? null,
    government: {
      slug: government?.slug ?? null,
      name: government?.name ?? null,
      parties: government?.parties ?? null,
      termStart: government?.term_start ?? null,
      termEnd: government?.term_end ?? null,
      active: government?.active ?? null,
    },
  };
}

/** agreement.yml text for a description, fields in a fixed order. */
export function serialiseAgreementFile(description: AgreementDescription): string {
  const { government } = description;
  const document = new Document({
    slug: description.slug,
    title: description.title,
    source_url: description.sourceUrl,
    licence: description.licence,
    government: {
      slug: government.slug,
      name: government.name,
      parties: government.parties ?? [],
      term_start: government.termStart,
      term_end: government.termEnd,
      active: government.active ?? true,
    },
  });
  return document.toString({ nullStr: '~', lineWidth: 0 });
}

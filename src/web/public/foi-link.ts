// The freedom-of-information request a Vorhaben's page links to: always in German, as it goes to a German
// ministry, whatever the page's language.
import type { Config } from '../../config.ts';
import { foiRequestUrl } from '../../services/public/foi.ts';
import { paths } from '../../services/public/paths.ts';
import type { PledgePage } from '../../services/public/pledge-page.ts';

const SUBJECT_LIMIT = 140;

function shortened(text: string, limit: number): string {
  return text.length <= limit ? text : `${text.slice(0, limit - 1).trimEnd()}…`;
}

/** The request's address, or undefined when FOI links are off, the Vorhaben has no lead ministry or its government is archived. */
export function foiLinkOf(config: Pick<Config, 'foiUrlTemplate' | 'baseUrl'>, page: PledgePage): string | undefined {
  const { ministry, pledge } = page;
  if (!config.foiUrlTemplate || !ministry || page.archived) return undefined;
  const url = `${config.baseUrl}${paths.pledge(pledge.slug)}`;
  const quote = pledge.quote ? `\n\nIm Koalitionsvertrag heißt es dazu: „${shortened(pledge.quote, 600)}“` : '';
  return foiRequestUrl(config.foiUrlTemplate, {
    authority: ministry.foi_authority ?? ministry.slug,
    subject: shortened(`Stand der Umsetzung des Vorhabens „${pledge.title}“`, SUBJECT_LIMIT),
    body:
      `Ich bitte um Zugang zu den Unterlagen (insbesondere Vermerke, Zeitpläne, Entwürfe und Schriftwechsel), aus denen der Stand der Umsetzung ` +
      `des folgenden Vorhabens aus dem Koalitionsvertrag hervorgeht, für das Ihr Haus federführend ist: „${pledge.title}“.${quote}\n\n` +
      `Zum Vorhaben: ${url}`,
    url,
  });
}

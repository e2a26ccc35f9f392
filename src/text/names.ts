// Recognises proper names in a sentence: acronyms, formulas, quoted titles, web addresses and named bodies.
import { COMMON_ACRONYMS, FUNCTION_WORDS } from './lexicon.ts';
import type { Token } from './tokens.ts';

const ACRONYM = /^(?=[\p{Lu}\d-]*\p{Lu}[\p{Lu}\d-]*\p{Lu})[\p{Lu}\d][\p{L}\d-]*$/u;
const FORMULA = /^\p{Lu}+\d+$/u;
export const OPENING_QUOTES: ReadonlySet<string> = new Set(['„', '»']);
const TOP_LEVEL_DOMAINS = new Set(['de', 'eu', 'org', 'com', 'net', 'bund']);
/** Adjective endings: "europäischen", "rheinisches", "zoologischer", "vereinten". */
const ADJECTIVE = /(?:isch|lich|ig|al|är|ell|iv|ant|ent|eint|sch)(?:e|en|er|es|em)$/;
/** Terms written with a capital that still name no particular thing: "Erneuerbare Energien", "Öffentlicher Dienst". */
const COMMON_TERMS = ['erneuerbar', 'öffentlich', 'ökologisch', 'sozial'];

/** Whether the token at `index` is, or opens, the name of one particular thing. */
export function isName(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index]!;
  if (!token.word) return OPENING_QUOTES.has(token.text);
  return (
    token.text === '§' ||
    hasAcronym(token) ||
    isDomainName(token, tokens[index + 1], tokens[index + 2]) ||
    (index > 0 && isNameAdjective(token, tokens[index + 1]))
  );
}

/** "BAföG", "ILO", "SGB", also inside "Lebenschancen-BAföG", and formulas such as "H2-ready": not just "EU". */
function hasAcronym({ spelling }: Token): boolean {
  const { text } = spelling;
  spelling.acronym ??= mayHoldAcronym(text) && text.split('-').some((part) => FORMULA.test(part) || isAcronym(part));
  return spelling.acronym;
}

/** An acronym needs two capitals, a formula a capital and a digit: most words have one capital at most. */
function mayHoldAcronym(text: string): boolean {
  let capitals = 0;
  let digits = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x41 && code <= 0x5a) capitals++;
    else if (code >= 0x30 && code <= 0x39) digits = true;
    else if (code >= 0xc0 && text[i] !== text[i]!.toLowerCase()) capitals++;
  }
  return capitals >= 2 || (capitals === 1 && digits);
}

function isAcronym(text: string): boolean {
  if (text.length < 2 || text[0] !== text[0]!.toUpperCase() || text[1] !== text[1]!.toUpperCase()) return false;
  return ACRONYM.test(text) && !COMMON_ACRONYMS.has(text);
}

/** "Lebensmittelwarnung.de": a web address names one particular service. */
function isDomainName(token: Token, dot: Token | undefined, domain: Token | undefined): boolean {
  return dot?.text === '.' && dot.start === token.end && domain?.start === dot.end && TOP_LEVEL_DOMAINS.has(domain.lower);
}

/**
 * "der Europäische Gerichtshof", "im Rheinischen Revier": inside a sentence German capitalises an adjective
 * before a noun only in a name.
 */
function isNameAdjective(token: Token, next: Token | undefined): boolean {
  if (!token.capitalised || !next?.capitalised || !next.word || FUNCTION_WORDS.has(next.lower)) return false;
  const lower = token.lower;
  return ADJECTIVE.test(lower) && !FUNCTION_WORDS.has(lower) && !COMMON_TERMS.some((term) => lower.startsWith(term));
}

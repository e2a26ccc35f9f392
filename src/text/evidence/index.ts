// Which Vorhaben a found document (a DIP Vorgang, a feed item) concerns. A stand-in with the module's
// interface: it counts the words of a Vorhaben's title that the document's title names (by stem, or as
// the start of a compound); the matching of issue 17 replaces it behind the same interface.
import { termsOf, type Term } from '../search-terms.ts';

export interface EvidenceDocument {
  id: string;
  kind: 'dip-vorgang' | 'feed-item';
  title: string;
  abstract: string | null;
  descriptors: string[];
  subjectAreas: string[];
  /** YYYY-MM-DD */
  date: string;
  url: string;
}

export interface PledgeForMatching {
  id: number;
  slug: string;
  title: string;
  quote: string | null;
  topics: string[];
  leadMinistry: string | null;
}

export interface EvidenceMatch {
  pledgeId: number;
  score: number;
  reason: string;
}

export interface EvidenceMatcher {
  match(document: EvidenceDocument): EvidenceMatch[];
}

const IGNORED = new Set(['der', 'die', 'das', 'des', 'dem', 'den', 'und', 'oder', 'fur', 'mit', 'von', 'zur', 'zum', 'auf', 'bei', 'wir', 'ein', 'eine', 'einer', 'werden', 'wird', 'sich', 'nicht', 'uber', 'durch', 'als', 'auch']);
/** Shorter stems would begin too many unrelated compounds. */
const MIN_COMPOUND_STEM = 6;
/** More than half of the title's words. */
const MIN_SCORE = 0.5;

interface PreparedPledge {
  pledge: PledgeForMatching;
  /** Distinct meaningful words of the title, by stem, with the first spelling seen. */
  words: Map<string, string>;
}

function meaningful(terms: Term[], text: string): Map<string, string> {
  const words = new Map<string, string>();
  for (const term of terms) {
    if (IGNORED.has(term.word) || (term.word.length < 3 && !/^[A-ZÄÖÜ]{2,}$/.test(text.slice(term.start, term.end)))) continue;
    if (!words.has(term.stem)) words.set(term.stem, text.slice(term.start, term.end));
  }
  return words;
}

export function prepareMatcher(pledges: readonly PledgeForMatching[]): EvidenceMatcher {
  const prepared: PreparedPledge[] = pledges.map((pledge) => ({ pledge, words: meaningful(termsOf(pledge.title), pledge.title) }));
  return {
    match(document) {
      const found = termsOf(document.title);
      const matches: EvidenceMatch[] = [];
      for (const { pledge, words } of prepared) {
        if (words.size === 0) continue;
        const named: string[] = [];
        for (const [stem] of words) {
          const hit = found.find((term) => term.stem === stem || (stem.length >= MIN_COMPOUND_STEM && term.word.startsWith(stem)));
          if (hit) named.push(document.title.slice(hit.start, hit.end));
        }
        const score = named.length / words.size;
        if (score <= MIN_SCORE) continue;
        matches.push({
          pledgeId: pledge.id,
          score: Math.round(score * 100) / 100,
          reason: `Titel nennt ${named.map((word) => `„${word}“`).join(', ')} (Vorhaben: „${pledge.title}“)`,
        });
      }
      return matches.sort((a, b) => b.score - a.score);
    },
  };
}

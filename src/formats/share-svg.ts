// The share picture of a page (Open Graph / Twitter card) as SVG, 1200 × 630.
import { cutText, withoutDisallowed } from '../domain/text-characters.ts';
import { escapeHtml } from './html-escape.ts';

export interface ShareCard {
  kicker: string;
  title: string;
  badge?: { label: string; colour: string };
  footer: string;
  siteName: string;
}

export const SHARE_WIDTH = 1200;
export const SHARE_HEIGHT = 630;

/** Breaks text into at most `maxLines` lines of about `width` characters, with an ellipsis if cut. */
export function wrapText(text: string, width: number, maxLines: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (next.length <= width || !line) {
      line = next.length > width * 1.4 ? `${cutText(next, width - 1)}…` : next;
      continue;
    }
    lines.push(line);
    line = word;
    if (lines.length === maxLines) break;
  }
  if (lines.length < maxLines && line) lines.push(line);
  const used = lines.join(' ').length;
  if (used < text.replace(/\s+/g, ' ').trim().length && lines.length > 0)
    lines[lines.length - 1] = `${lines.at(-1)!.replace(/[\s.,;:–-]*$/, '')} …`;
  return lines;
}

/** Text for the SVG: escaped, and without control characters, which make the whole picture unreadable (the renderer refuses it). */
function svgText(text: string): string {
  return escapeHtml(withoutDisallowed(text));
}

export function shareSvg(card: ShareCard): string {
  const lines = wrapText(withoutDisallowed(card.title), 30, 4);
  const titleSize = lines.length > 3 ? 56 : 64;
  const titleTop = 230;
  const title = lines
    .map(
      (line, index) =>
        `<text x="80" y="${titleTop + index * (titleSize + 14)}" font-size="${titleSize}" font-weight="700" fill="#1a1a1a">${svgText(line)}</text>`,
    )
    .join('');
  const badge = card.badge
    ? `<rect x="80" y="480" width="${40 + card.badge.label.length * 22}" height="64" rx="32" fill="#ffffff" stroke="${card.badge.colour}" stroke-width="6"/>` +
      `<text x="${100}" y="524" font-size="36" font-weight="700" fill="#1a1a1a">${svgText(card.badge.label)}</text>`
    : '';
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${SHARE_WIDTH}" height="${SHARE_HEIGHT}" viewBox="0 0 ${SHARE_WIDTH} ${SHARE_HEIGHT}" font-family="DejaVu Sans, Liberation Sans, Arial, sans-serif">` +
    `<rect width="${SHARE_WIDTH}" height="${SHARE_HEIGHT}" fill="#ffffff"/>` +
    `<rect width="${SHARE_WIDTH}" height="24" fill="#1d3a5f"/>` +
    `<text x="80" y="110" font-size="34" font-weight="700" fill="#1d3a5f">${svgText(card.siteName)}</text>` +
    `<text x="80" y="160" font-size="30" fill="#4d4d4d">${svgText(card.kicker)}</text>` +
    title +
    badge +
    `<text x="80" y="600" font-size="26" fill="#4d4d4d">${svgText(cutText(withoutDisallowed(card.footer), 80))}</text>` +
    `</svg>`
  );
}

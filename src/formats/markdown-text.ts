// Markdown as plain text for the search index: development texts, and chapter bodies cut at their headings.
import type { Element, Root, RootContent } from 'hast';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { chapterOutline } from './markdown-html.ts';

/** A chapter's text from one heading to the next; the text before the first heading has no heading. */
export interface TextSection {
  /** The heading's id on the chapter page, as renderChapterBody gives it. */
  anchor: string | null;
  heading: string | null;
  text: string;
}

const toHast = unified().use(remarkParse).use(remarkRehype);
const HEADING = /^h[1-6]$/;
const BLOCKS = new Set(['p', 'li', 'ul', 'ol', 'blockquote', 'pre', 'table', 'tr', 'div', 'hr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

// Text in which Markdown can mean nothing: no markup characters, no line that could start a block.
const INLINE_MARKUP = /[\\`*_[\]<>#&!=~|]/;
const BLOCK_START = /^(?: {4}|\t| {0,3}(?:[-+]|\d+[.)]))/m;

/** The text of Markdown without its markup (raw HTML is dropped, as on the page). */
export function markdownText(markdown: string): string {
  // Most developments are plain sentences; parsing is the slowest step of rebuilding the index.
  if (!INLINE_MARKUP.test(markdown) && !BLOCK_START.test(markdown)) return tidy(markdown.replace(/\r\n?/g, '\n').replace(/^[ \t]+/gm, ''));
  return tidy(textOf(parse(markdown)));
}

/** The sections of a chapter body, with the same anchors as its headings on the chapter page; empty ones are left out. */
export function markdownSections(body: string): TextSection[] {
  const outline = chapterOutline(body);
  const sections: TextSection[] = [{ anchor: null, heading: null, text: '' }];
  let headingsSeen = 0;
  for (const node of parse(body).children) {
    if (node.type === 'element' && HEADING.test(node.tagName)) {
      const anchor = outline[headingsSeen++]?.id ?? null;
      sections.push({ anchor, heading: tidy(textOf(node)), text: '' });
      continue;
    }
    // Headings nested in lists or quotes are anchored too; count them to keep the outline aligned.
    headingsSeen += countHeadings(node);
    sections.at(-1)!.text += textOf(node);
  }
  return sections.map((section) => ({ ...section, text: tidy(section.text) })).filter((section) => section.heading || section.text);
}

function parse(markdown: string): Root {
  return toHast.runSync(toHast.parse(markdown)) as Root;
}

function textOf(node: Root | RootContent): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'root') return node.children.map(textOf).join('');
  if (node.type !== 'element') return '';
  if (node.tagName === 'br') return '\n';
  const inner = node.children.map(textOf).join('');
  if (BLOCKS.has(node.tagName)) return `\n${inner}\n`;
  return node.tagName === 'td' || node.tagName === 'th' ? `${inner} ` : inner;
}

function countHeadings(node: RootContent): number {
  if (node.type !== 'element') return 0;
  return node.children.reduce(
    (sum, child) => sum + (child.type === 'element' && HEADING.test(child.tagName) ? 1 : 0) + countHeadings(child as Element),
    0,
  );
}

/** Single blank lines between paragraphs, no spaces at line ends. */
function tidy(text: string): string {
  return text
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

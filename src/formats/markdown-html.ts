// Markdown to safe HTML: chapter bodies with highlighted quotes, and development texts.
import type { Element, ElementContent, Root, RootContent, Text } from 'hast';
import rehypeSanitize, { type Options as SanitizeSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { slugify, uniqueSlug } from '../domain/slug.ts';
import { STATUSES, type Status } from '../domain/status.ts';

/** A span of the Markdown source to mark and link. Offsets are UTF-16 offsets into the source. */
export interface Highlight {
  start: number;
  end: number;
  href: string;
  id: string;
  /** `candidate` marks an extractor's proposal for editors, in a style of its own. */
  kind?: 'pledge' | 'candidate';
  /** Said to screen readers before the span's text, e.g. what kind of mark it is. */
  label?: string;
  /** The label's language where it differs from the text's, e.g. an English label in a German chapter. */
  labelLang?: string;
  /** A pledge's status, shown by the mark's colour and icon (class `quote-STATUS`); the label should say it too. */
  status?: Status;
}

/**
 * Everything Markdown without raw HTML can produce, and no more: links to http(s) and to paths of
 * this site, no images (imagesAsLinks turns them into links first), no style or srcset. Ids and
 * classes come only from this module (heading anchors, quote marks), so they need no prefix.
 */
const schema: SanitizeSchema = {
  tagNames: [
    'p',
    'br',
    'hr',
    'h2',
    'h3',
    'h4',
    'h5',
    'h6',
    'blockquote',
    'ul',
    'ol',
    'li',
    'pre',
    'code',
    'em',
    'strong',
    'a',
    'mark',
    'span',
  ],
  attributes: {
    a: ['href', 'title'],
    ol: ['start'],
    code: [['className', /^language-[\w-]+$/]],
    h2: ['id'],
    h3: ['id'],
    h4: ['id'],
    h5: ['id'],
    h6: ['id'],
    mark: ['id', ['className', 'pledge-quote', 'candidate-quote', ...STATUSES.map((status) => `quote-${status}`)]],
    span: [['className', 'visually-hidden'], 'lang'],
  },
  protocols: { href: ['http', 'https'] },
  clobber: [],
  clobberPrefix: '',
  strip: ['script', 'style'],
};

const toHast = unified().use(remarkParse).use(remarkRehype);
const toHtml = unified().use(rehypeSanitize, schema).use(rehypeStringify);

/**
 * Rendered short texts by their Markdown: after any change the page cache is empty, and pages
 * render the same developments again (0.4–1.5 ms each; a Vorhaben may have hundreds).
 */
const rendered = new Map<string, string>();
const MAX_RENDERED = 5_000;
const MAX_REMEMBERED_LENGTH = 2_000;

/** Markdown written by editors or the public: sanitised, links http(s) only, no images, headings kept low. */
export function renderMarkdown(markdown: string): string {
  const remembered = rendered.get(markdown);
  if (remembered !== undefined) return remembered;
  const html = renderFresh(markdown);
  if (markdown.length <= MAX_REMEMBERED_LENGTH) {
    if (rendered.size >= MAX_RENDERED) rendered.delete(rendered.keys().next().value!);
    rendered.set(markdown, html);
  }
  return html;
}

function renderFresh(markdown: string): string {
  const tree = toHast.runSync(toHast.parse(markdown)) as Root;
  imagesAsLinks(tree, false);
  shiftHeadings(tree, 3);
  return toHtml.stringify(toHtml.runSync(tree) as Root);
}

/**
 * A chapter body: headings from `###` become level 2 with anchors, and each highlight's text
 * is wrapped in <mark><a> pieces (a span may cross paragraphs and inline formatting).
 */
export function renderChapterBody(body: string, highlights: readonly Highlight[]): string {
  const tree = toHast.runSync(toHast.parse(body)) as Root;
  imagesAsLinks(tree, false);
  shiftHeadings(tree, 2);
  anchorHeadings(tree);
  const sorted = [...highlights].sort((a, b) => a.start - b.start);
  if (sorted.length > 0) markSpans(tree, sorted, new Set());
  return toHtml.stringify(toHtml.runSync(tree) as Root);
}

/** The outline of a chapter: its headings and their anchors, as renderChapterBody gives them. */
export function chapterOutline(body: string): { id: string; text: string }[] {
  const tree = toHast.runSync(toHast.parse(body)) as Root;
  shiftHeadings(tree, 2);
  return anchorHeadings(tree);
}

/**
 * Public pages, feeds and the static export load nothing from other sites, so an image becomes a
 * link to it named by its alt text (or its address); inside a link only the text stays. The
 * sanitiser then drops a link whose address is not http(s) or a path.
 */
function imagesAsLinks(node: Root | Element, insideLink: boolean): void {
  node.children = node.children.map((child) => {
    if (child.type !== 'element') return child;
    if (child.tagName !== 'img') {
      imagesAsLinks(child, insideLink || child.tagName === 'a');
      return child;
    }
    const src = typeof child.properties.src === 'string' ? child.properties.src : '';
    const alt = typeof child.properties.alt === 'string' ? child.properties.alt : '';
    const text: Text = { type: 'text', value: alt || src };
    return insideLink || src === '' ? text : { type: 'element', tagName: 'a', properties: { href: src }, children: [text] };
  }) as typeof node.children;
}

function shiftHeadings(tree: Root, topLevel: number): void {
  const depths = collectElements(tree, (element) => /^h[1-6]$/.test(element.tagName)).map((element) => Number(element.tagName[1]));
  if (depths.length === 0) return;
  const shift = topLevel - Math.min(...depths);
  for (const element of collectElements(tree, (node) => /^h[1-6]$/.test(node.tagName))) {
    element.tagName = `h${Math.min(6, Math.max(topLevel, Number(element.tagName[1]) + shift))}`;
  }
}

function anchorHeadings(tree: Root): { id: string; text: string }[] {
  const used = new Set<string>();
  return collectElements(tree, (element) => /^h[2-6]$/.test(element.tagName)).map((heading) => {
    const text = textOf(heading);
    const id = uniqueSlug(slugify(text) || 'abschnitt', (candidate) => used.has(candidate));
    used.add(id);
    heading.properties = { ...heading.properties, id };
    return { id, text };
  });
}

function markSpans(node: Root | Element, highlights: readonly Highlight[], started: Set<string>): void {
  const children: (RootContent | ElementContent)[] = [];
  for (const child of node.children) {
    if (child.type === 'element') markSpans(child, highlights, started);
    if (child.type !== 'text' || !child.position) {
      children.push(child);
      continue;
    }
    children.push(...splitText(child, highlights, started));
  }
  node.children = children as typeof node.children;
}

/** Cuts a text node at highlight boundaries; the offsets of text nodes map 1:1 unless escapes were used. */
function splitText(text: Text, highlights: readonly Highlight[], started: Set<string>): ElementContent[] {
  const from = text.position!.start.offset!;
  const to = text.position!.end.offset!;
  if (to - from !== text.value.length) return [text];
  const pieces: ElementContent[] = [];
  let cursor = from;
  for (const highlight of highlights) {
    const start = Math.max(highlight.start, cursor);
    const end = Math.min(highlight.end, to);
    if (start >= end) continue;
    if (start > cursor) pieces.push({ type: 'text', value: text.value.slice(cursor - from, start - from) });
    const first = !started.has(highlight.id);
    started.add(highlight.id);
    const label: ElementContent[] =
      first && highlight.label
        ? [
            {
              type: 'element',
              tagName: 'span',
              properties: { className: ['visually-hidden'], ...(highlight.labelLang ? { lang: highlight.labelLang } : {}) },
              children: [{ type: 'text', value: highlight.label }],
            },
          ]
        : [];
    const link: Element = {
      type: 'element',
      tagName: 'a',
      properties: { href: highlight.href },
      children: [...label, { type: 'text', value: text.value.slice(start - from, end - from) }],
    };
    pieces.push({
      type: 'element',
      tagName: 'mark',
      properties: {
        className: [`${highlight.kind ?? 'pledge'}-quote`, ...(highlight.status ? [`quote-${highlight.status}`] : [])],
        ...(first ? { id: highlight.id } : {}),
      },
      children: [link],
    });
    cursor = end;
  }
  if (cursor < to) pieces.push({ type: 'text', value: text.value.slice(cursor - from) });
  return pieces;
}

function collectElements(node: Root | Element, test: (element: Element) => boolean, found: Element[] = []): Element[] {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    if (test(child)) found.push(child);
    collectElements(child, test, found);
  }
  return found;
}

function textOf(node: Element): string {
  return node.children.map((child) => (child.type === 'text' ? child.value : child.type === 'element' ? textOf(child) : '')).join('');
}

// Queries over server-rendered HTML, so tests check what a page says and links to, not how its markup
// is spelled: a small parser for our own markup (every element closed, attributes quoted, text escaped)
// and a subset of CSS selectors — tag, *, .class, #id, [attr], [attr=value] (also ^= *= $= ~=),
// joined by a space (descendant) or > (child).

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
/** Elements whose content is text up to their end tag, never markup. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title']);
/** Elements a reader sees apart from the text around them; `text` puts a space between them. */
const BLOCK = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'br',
  'caption',
  'dd',
  'details',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'legend',
  'li',
  'main',
  'nav',
  'ol',
  'option',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'td',
  'th',
  'tr',
  'ul',
]);
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, name: string) => {
    if (name[0] === '#')
      return String.fromCodePoint(name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10));
    return NAMED[name] ?? entity;
  });
}

export class Tag {
  readonly children: (Tag | string)[] = [];

  constructor(
    /** Lower case; `#document` for the root. */
    readonly name: string,
    readonly attributes: Readonly<Record<string, string>>,
    readonly parent: Tag | undefined,
  ) {}

  attr(name: string): string | undefined {
    return this.attributes[name];
  }

  get classes(): string[] {
    return (this.attributes.class ?? '').split(/\s+/).filter(Boolean);
  }

  /** The child elements, without text. */
  get elements(): Tag[] {
    return this.children.filter((child): child is Tag => typeof child !== 'string');
  }

  /** The element right after this one under the same parent. */
  get nextElement(): Tag | undefined {
    const siblings = this.parent?.elements ?? [];
    return siblings[siblings.indexOf(this) + 1];
  }

  /** The text as a reader sees it: all text inside, blocks apart, runs of white space as one space, trimmed. */
  get text(): string {
    return this.readText().replace(/\s+/g, ' ').trim();
  }

  private readText(): string {
    const inner = this.children.map((child) => (typeof child === 'string' ? child : child.readText())).join('');
    return BLOCK.has(this.name) ? ` ${inner} ` : inner;
  }

  /** All text inside, exactly as it is. */
  get rawText(): string {
    return this.children.map((child) => (typeof child === 'string' ? child : child.rawText)).join('');
  }

  /** Every element below this one that matches the selector, in document order. */
  findAll(selector: string): Tag[] {
    const chains = parseSelectorList(selector);
    const found: Tag[] = [];
    const visit = (element: Tag) => {
      for (const child of element.elements) {
        if (chains.some((chain) => matchesChain(child, chain, chain.length - 1, this))) found.push(child);
        visit(child);
      }
    };
    visit(this);
    return found;
  }

  /** The first element that matches; throws, naming the selector, if there is none. */
  find(selector: string): Tag {
    const [first] = this.findAll(selector);
    if (!first) throw new Error(`no element matches ${selector} in:\n${this.outline()}`);
    return first;
  }

  /** The first element that matches, or undefined. */
  query(selector: string): Tag | undefined {
    return this.findAll(selector)[0];
  }

  has(selector: string): boolean {
    return this.query(selector) !== undefined;
  }

  /** The first element matching the selector whose text contains `text` (or matches it); throws if there is none. */
  findByText(selector: string, text: string | RegExp): Tag {
    const found = this.findAll(selector).find((element) =>
      typeof text === 'string' ? element.text.includes(text) : text.test(element.text),
    );
    if (!found) throw new Error(`no ${selector} with the text ${String(text)} in:\n${this.outline()}`);
    return found;
  }

  /** The texts of the elements that match, in order. */
  texts(selector: string): string[] {
    return this.findAll(selector).map((element) => element.text);
  }

  /** Every link below this element: its target and its text. */
  get links(): { href: string; text: string }[] {
    return this.findAll('a[href]').map((link) => ({ href: link.attr('href')!, text: link.text }));
  }

  /** The target of the first link whose text contains `text`; throws if there is none. */
  linkTo(text: string | RegExp): string {
    return this.findByText('a[href]', text).attr('href')!;
  }

  /** A table's rows (this element or the first table below it) as the texts of their cells, header rows included. */
  get rows(): string[][] {
    const table = this.name === 'table' ? this : this.find('table');
    return table
      .findAll('tr')
      .map((row) => row.elements.filter((cell) => cell.name === 'td' || cell.name === 'th').map((cell) => cell.text));
  }

  /** A description list (this element or the first dl below it) as term → description text. */
  get terms(): Record<string, string> {
    const list = this.name === 'dl' ? this : this.find('dl');
    const terms: Record<string, string> = {};
    let term: string | undefined;
    for (const element of list.findAll('dt, dd')) {
      if (element.name === 'dt') term = element.text;
      else if (term !== undefined) terms[term] = terms[term] === undefined ? element.text : `${terms[term]} ${element.text}`;
    }
    return terms;
  }

  /** The markup again, attributes in their order (for failure messages and snapshots of small parts). */
  toString(): string {
    const inner = this.children.map((child) => (typeof child === 'string' ? escapeText(child) : child.toString())).join('');
    if (this.name === '#document') return inner;
    const attributes = Object.entries(this.attributes)
      .map(([name, value]) => ` ${name}="${escapeText(value).replace(/"/g, '&quot;')}"`)
      .join('');
    return VOID.has(this.name) ? `<${this.name}${attributes}>` : `<${this.name}${attributes}>${inner}</${this.name}>`;
  }

  /** The start of the markup, short enough for an error message. */
  private outline(): string {
    const markup = this.toString();
    return markup.length > 2000 ? `${markup.slice(0, 2000)}…` : markup;
  }
}

/** A parsed page: the root element, plus the markup it came from. */
export class HtmlPage extends Tag {
  constructor(readonly source: string) {
    super('#document', {}, undefined);
  }

  get lang(): string | undefined {
    return this.query('html')?.attr('lang');
  }

  get title(): string {
    return this.find('title').text;
  }
}

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Parses a page or a fragment. A stray end tag closes up to the element it names and is ignored if none is open. */
export function parseHtml(markup: string): HtmlPage {
  const page = new HtmlPage(markup);
  let current: Tag = page;
  let position = 0;
  const pushText = (text: string) => {
    if (text) current.children.push(decodeEntities(text));
  };
  while (position < markup.length) {
    const open = markup.indexOf('<', position);
    if (open === -1) {
      pushText(markup.slice(position));
      break;
    }
    pushText(markup.slice(position, open));
    if (markup.startsWith('<!--', open)) {
      const end = markup.indexOf('-->', open + 4);
      position = end === -1 ? markup.length : end + 3;
      continue;
    }
    if (markup.startsWith('<!', open) || markup.startsWith('<?', open)) {
      position = markup.indexOf('>', open) + 1 || markup.length;
      continue;
    }
    const endTag = /^<\/([a-zA-Z][\w-]*)\s*>/.exec(markup.slice(open, open + 200));
    if (endTag) {
      const name = endTag[1]!.toLowerCase();
      for (let element: Tag | undefined = current; element && element !== page; element = element.parent) {
        if (element.name === name) {
          current = element.parent!;
          break;
        }
      }
      position = open + endTag[0].length;
      continue;
    }
    const start = readStartTag(markup, open);
    if (!start) {
      pushText('<');
      position = open + 1;
      continue;
    }
    const element = new Tag(start.name, start.attributes, current);
    current.children.push(element);
    position = start.end;
    if (VOID.has(start.name) || start.selfClosing) continue;
    if (RAW_TEXT.has(start.name)) {
      const close = markup.toLowerCase().indexOf(`</${start.name}`, position);
      const text = markup.slice(position, close === -1 ? markup.length : close);
      if (text) element.children.push(start.name === 'script' || start.name === 'style' ? text : decodeEntities(text));
      position = close === -1 ? markup.length : markup.indexOf('>', close) + 1;
      continue;
    }
    current = element;
  }
  return page;
}

function readStartTag(
  markup: string,
  open: number,
): { name: string; attributes: Record<string, string>; selfClosing: boolean; end: number } | undefined {
  const name = /^<([a-zA-Z][\w-]*)/.exec(markup.slice(open, open + 100));
  if (!name) return undefined;
  const attributes: Record<string, string> = {};
  const pattern = /\s*(?:(\/?>)|([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?|\/)/y;
  pattern.lastIndex = open + name[0].length;
  for (;;) {
    const match = pattern.exec(markup);
    if (!match) return undefined;
    if (match[1]) return { name: name[1]!.toLowerCase(), attributes, selfClosing: match[1] === '/>', end: pattern.lastIndex };
    if (match[2]) attributes[match[2].toLowerCase()] = decodeEntities(match[3] ?? match[4] ?? match[5] ?? '');
  }
}

interface Compound {
  name?: string;
  id?: string;
  classes: string[];
  attributes: { name: string; operator?: string; value?: string }[];
  /** How it relates to the compound before it. */
  combinator: ' ' | '>';
}

const selectorCache = new Map<string, Compound[][]>();

function parseSelectorList(selector: string): Compound[][] {
  let parsed = selectorCache.get(selector);
  if (!parsed) {
    parsed = splitOutsideBrackets(selector, ',').map(parseSelector);
    selectorCache.set(selector, parsed);
  }
  return parsed;
}

function splitOutsideBrackets(text: string, separator: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quote = '';
  let start = 0;
  for (let index = 0; index < text.length; index++) {
    const char = text[index]!;
    if (quote) {
      if (char === quote) quote = '';
    } else if (char === '"' || char === "'") quote = char;
    else if (char === '[') depth++;
    else if (char === ']') depth--;
    else if (char === separator && depth === 0) {
      parts.push(text.slice(start, index));
      start = index + 1;
    }
  }
  parts.push(text.slice(start));
  return parts.map((part) => part.trim());
}

function parseSelector(selector: string): Compound[] {
  const compounds: Compound[] = [];
  const token = /\s*(>)?\s*([a-zA-Z][\w-]*|\*)?((?:[.#][\w-]+|\[[\w-]+(?:[~^$*]?=(?:"[^"]*"|'[^']*'|[^\]]*))?\])*)/y;
  let combinator: ' ' | '>' = ' ';
  while (token.lastIndex < selector.length) {
    const start = token.lastIndex;
    const match = token.exec(selector);
    if (!match || token.lastIndex === start)
      throw new Error(`selector not understood at ${JSON.stringify(selector.slice(start))}: ${selector}`);
    if (match[1]) combinator = '>';
    if (!match[2] && !match[3]) continue;
    const compound: Compound = { classes: [], attributes: [], combinator: compounds.length === 0 ? ' ' : combinator };
    if (match[2] && match[2] !== '*') compound.name = match[2].toLowerCase();
    for (const [part] of (match[3] ?? '').matchAll(/[.#][\w-]+|\[[^\]]*\]/g)) {
      if (part[0] === '.') compound.classes.push(part.slice(1));
      else if (part[0] === '#') compound.id = part.slice(1);
      else {
        const attribute = /^\[([\w-]+)(?:([~^$*]?=)(?:"([^"]*)"|'([^']*)'|([^\]]*)))?\]$/.exec(part)!;
        compound.attributes.push({
          name: attribute[1]!.toLowerCase(),
          operator: attribute[2],
          value: attribute[3] ?? attribute[4] ?? attribute[5],
        });
      }
    }
    compounds.push(compound);
    combinator = ' ';
  }
  if (compounds.length === 0) throw new Error(`empty selector: ${JSON.stringify(selector)}`);
  return compounds;
}

function matchesCompound(element: Tag, compound: Compound): boolean {
  if (compound.name && element.name !== compound.name) return false;
  if (compound.id && element.attributes.id !== compound.id) return false;
  const classes = compound.classes.length > 0 ? element.classes : [];
  if (!compound.classes.every((name) => classes.includes(name))) return false;
  return compound.attributes.every(({ name, operator, value }) => {
    const actual = element.attributes[name];
    if (actual === undefined) return false;
    if (operator === undefined) return true;
    const expected = value ?? '';
    if (operator === '=') return actual === expected;
    if (operator === '^=') return actual.startsWith(expected);
    if (operator === '$=') return actual.endsWith(expected);
    if (operator === '*=') return actual.includes(expected);
    return actual.split(/\s+/).includes(expected);
  });
}

/** Whether `element` matches the chain up to `index`, its ancestors matching the rest below `root`. */
function matchesChain(element: Tag, chain: Compound[], index: number, root: Tag): boolean {
  if (!matchesCompound(element, chain[index]!)) return false;
  if (index === 0) return true;
  if (chain[index]!.combinator === '>') {
    const parent = element.parent;
    return parent !== undefined && parent !== root && matchesChain(parent, chain, index - 1, root);
  }
  for (let ancestor = element.parent; ancestor && ancestor !== root; ancestor = ancestor.parent) {
    if (matchesChain(ancestor, chain, index - 1, root)) return true;
  }
  return false;
}

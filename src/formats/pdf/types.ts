// What a PDF gives the layout: text items with their positions, per page, and the outline.

/** One run of text as the PDF draws it. Coordinates in points, y upwards from the page's foot. */
export interface PdfItem {
  text: string;
  x: number;
  /** The baseline. */
  y: number;
  width: number;
  /** The font size. */
  size: number;
  /** An id of the font, the same for the same font throughout the document. */
  font: string;
}

export interface PdfPage {
  /** 1-based, as a PDF viewer counts. */
  number: number;
  width: number;
  height: number;
  items: PdfItem[];
}

/** An outline entry (bookmark): where it points, and its own entries. */
export interface PdfOutlineEntry {
  title: string;
  page: number | null;
  /** The top of the target on its page, when the entry says it. */
  top: number | null;
  children: PdfOutlineEntry[];
}

export interface PdfDocument {
  pages: PdfPage[];
  outline: PdfOutlineEntry[];
  /** The document information's title, when it has one. */
  title: string | null;
}

// A part of a page under its own heading: a section labelled by its h2, which screen readers list as a region.
import type { Child, FC } from 'hono/jsx';

/** `headingId` is the h2's id (a link target, e.g. `/methode#status`) and the section's label. */
export const Section: FC<{ headingId: string; heading: string; children?: Child }> = ({ headingId, heading, children }) => (
  <section aria-labelledby={headingId}>
    <h2 id={headingId}>{heading}</h2>
    {children}
  </section>
);

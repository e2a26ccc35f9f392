// The keyboard shortcuts of a review queue (candidates, proposals), hidden until review.js runs and
// announces them; they can be switched off (WCAG 2.1.4).
import type { FC } from 'hono/jsx';

export const ReviewShortcuts: FC<{ shortcuts: readonly (readonly [string, string])[]; item: string }> = ({ shortcuts, item }) => (
  <section id="tastenkuerzel" class="shortcuts" aria-labelledby="shortcuts-heading" hidden>
    <h2 id="shortcuts-heading">Tastenkürzel</h2>
    <p>Sie wirken auf {item}, in dem der Fokus steht, und nie beim Tippen in einem Eingabefeld.</p>
    <dl>
      {shortcuts.map(([key, what]) => (
        <>
          <dt>
            <kbd>{key}</kbd>
          </dt>
          <dd>{what}</dd>
        </>
      ))}
    </dl>
    <div class="field field-checkbox">
      <input type="checkbox" id="shortcuts-on" checked />
      <label for="shortcuts-on">Tastenkürzel mit einzelnen Buchstaben verwenden</label>
    </div>
  </section>
);

// The keyboard shortcuts of a review queue (candidates, proposals), hidden until review.js runs and
// announces them, then folded to one line that opens on demand; they can be switched off (WCAG 2.1.4).
import type { FC } from 'hono/jsx';

export const ReviewShortcuts: FC<{ shortcuts: readonly (readonly [string, string])[]; item: string }> = ({ shortcuts, item }) => (
  <details id="tastenkuerzel" class="shortcuts" hidden>
    <summary>
      <h2 id="shortcuts-heading">Tastenkürzel</h2>
    </summary>
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
  </details>
);

// Shown when a form was loaded from an older version: both versions side by side, nothing saved.
import type { Child, FC } from 'hono/jsx';
import { Layout } from './layout.tsx';

export const ConflictPage: FC<{ entity: string; yours: Record<string, unknown>; theirs: Record<string, unknown>; labels: Record<string, string>; children?: Child }> = ({
  entity,
  yours,
  theirs,
  labels,
  children,
}) => (
  <Layout title="Bearbeitungskonflikt" area="admin">
    <h1>Bearbeitungskonflikt</h1>
    <p class="notice" role="alert">
      {entity} wurde geändert, während Sie es bearbeitet haben. Ihre Änderungen wurden <strong>nicht</strong> gespeichert, und nichts wurde überschrieben.
      Vergleichen Sie beide Fassungen; das Formular unten enthält Ihre Eingaben auf Grundlage der neuen Fassung.
    </p>
    <div class="table-scroll">
      <table class="conflict-table">
        <thead>
          <tr>
            <th scope="col">Feld</th>
            <th scope="col">Ihre Eingabe</th>
            <th scope="col">Aktuelle Fassung</th>
          </tr>
        </thead>
        <tbody>
          {Object.entries(labels).map(([key, label]) => {
            const mine = display(yours[key]);
            const current = display(theirs[key]);
            return (
              <tr class={mine === current ? undefined : 'differs'}>
                <th scope="row">
                  {label}
                  {mine === current ? null : <span class="visually-hidden"> (unterschiedlich)</span>}
                </th>
                <td>{mine}</td>
                <td>{current}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
    {children}
  </Layout>
);

function display(value: unknown): string {
  if (value === true) return 'ja';
  if (value === false) return 'nein';
  if (value === null || value === undefined || value === '') return '–';
  return String(value);
}

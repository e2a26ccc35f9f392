import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import YAML from 'yaml';
import { DIP_FILTERS, vorgangPageUrl, vorgangSchema } from './dip.ts';

const SPEC = fileURLToPath(new URL('../../../shared/reference/dip/dip-openapi-v1.3.yaml', import.meta.url));

interface Parameter {
  name: string;
  schema: { type?: string };
}

test(
  "the filter table is the spec's, name by name and with what may repeat",
  { skip: existsSync(SPEC) ? false : `DIP spec not found at ${SPEC}` },
  () => {
    const spec = YAML.parse(readFileSync(SPEC, 'utf8')) as { paths: Record<string, { get: { parameters: Parameter[] } }> };
    for (const [resource, filters] of Object.entries(DIP_FILTERS)) {
      const parameters = spec.paths[`/${resource}`]!.get.parameters.filter((parameter) => parameter.name.startsWith('f.'));
      const expected = Object.fromEntries(
        parameters.map((parameter) => [parameter.name, parameter.schema.type === 'array' ? 'many' : 'one']),
      );
      assert.deepEqual(filters, expected, resource);
    }
  },
);

test('a Vorgang keeps fields the schema does not know, and needs those it does', () => {
  const vorgang = vorgangSchema.parse({
    id: '1',
    typ: 'Vorgang',
    titel: 'T',
    vorgangstyp: 'Gesetzgebung',
    wahlperiode: 20,
    aktualisiert: '2024-07-24T10:00:00+02:00',
    neu_in_1_5: true,
  });
  assert.equal((vorgang as Record<string, unknown>).neu_in_1_5, true);
  assert.equal(
    vorgangSchema.safeParse({ id: '1', typ: 'Vorgang', vorgangstyp: 'Gesetzgebung', wahlperiode: 20, aktualisiert: 'x' }).success,
    false,
  );
});

test('the DIP page of a Vorgang', () => {
  assert.equal(
    vorgangPageUrl({ id: '303372', titel: 'Gesetz zur Änderung des Onlinezugangsgesetzes (OZG-Änderungsgesetz - OZGÄndG)' }),
    `https://dip.bundestag.de/vorgang/${encodeURIComponent('gesetz-zur-änderung-des-onlinezugangsgesetzes-ozg-änderungsgesetz-ozgändg')}/303372`,
  );
});

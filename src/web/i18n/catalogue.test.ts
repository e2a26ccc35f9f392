import { test } from 'node:test';
import assert from 'node:assert/strict';
import { adminMessages } from './admin/catalogue.ts';
import { de } from './de.ts';
import { en } from './en.ts';
import { publicCatalogue } from './public-catalogue.ts';

/** Every path to a string or a function in a catalogue, with what is there. */
function entries(value: unknown, path = ''): Map<string, string> {
  const found = new Map<string, string>();
  if (value !== null && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value))
      for (const [innerPath, kind] of entries(inner, path ? `${path}.${key}` : key)) found.set(innerPath, kind);
  } else {
    found.set(path, typeof value);
  }
  return found;
}

test('the public catalogue has the same keys in German and English, each a text or a function in both', () => {
  const german = entries(publicCatalogue('de'));
  const english = entries(publicCatalogue('en'));
  assert.deepEqual(
    [...english.keys()].filter((key) => !german.has(key)),
    [],
    'only in English',
  );
  assert.deepEqual(
    [...german.keys()].filter((key) => !english.has(key)),
    [],
    'only in German',
  );
  for (const [key, kind] of german) assert.equal(english.get(key), kind, key);
});

test('every message key of an error is said by exactly one surface: the public site in both languages, or the back office', () => {
  const publicKeys = Object.keys(de.errors);
  assert.deepEqual(Object.keys(en.errors).sort(), [...publicKeys].sort());
  const adminKeys = Object.keys(adminMessages.errors);
  assert.deepEqual(
    adminKeys.filter((key) => publicKeys.includes(key)),
    [],
  );
  const all = [
    ...Object.values(de.errors),
    ...Object.values(en.errors),
    ...Object.values(adminMessages.errors),
    ...Object.values(adminMessages.fields),
  ];
  for (const say of all) {
    const text = (say as (params: Record<string, unknown>) => string)({
      slug: 'x',
      minutes: 2,
      newBrowser: false,
      decision: 'accepted',
      number: 2,
      length: 9,
      developments: 1,
      suggestions: 2,
      proposals: 0,
      min: 3,
      max: 300,
    });
    assert.ok(text.trim() !== '' && !text.includes('undefined'), text);
  }
});

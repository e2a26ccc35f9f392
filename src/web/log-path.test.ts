import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loggedPath } from './log-path.ts';

test('link secrets are replaced in any language and after any prefix; other paths stay as they are', () => {
  assert.equal(loggedPath('/abo/bestaetigen/AbCdEf0123456789AbCdEf0123456789'), '/abo/bestaetigen/[redacted]');
  assert.equal(loggedPath('/en/abo/abbestellen/x-y_z'), '/en/abo/abbestellen/[redacted]');
  assert.equal(loggedPath('/abo/abbestellen/geheim/mehr'), '/abo/abbestellen/[redacted]/mehr');
  for (const path of ['/abo', '/abo/gesendet', '/abo/bestaetigen', '/vorhaben/verschluesselung', '/admin/login'])
    assert.equal(loggedPath(path), path);
});

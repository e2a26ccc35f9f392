// Whether public content changed: the version every change raises (see store/content-version.ts).
import type { Db } from '../../store/database.ts';
import { readContentVersion } from '../../store/content-version.ts';

export function currentContentVersion(db: Db): Promise<number> {
  return readContentVersion(db);
}

// What every public route module gets from createApp.
import type { Config } from '../../config.ts';
import type { Db } from '../../store/database.ts';
import type { Renderer } from '../render.tsx';
import type { CookiePolicy } from '../session.ts';

export interface PublicDeps {
  db: Db;
  render: Renderer;
  clock: () => Date;
  cookies: CookiePolicy;
  config: Config;
}

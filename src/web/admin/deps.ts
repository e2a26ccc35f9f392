// What every back-office route module gets from createApp.
import type { Db } from '../../store/database.ts';
import type { Renderer } from '../render.tsx';
import type { CookiePolicy } from '../session.ts';

export interface AdminDeps {
  db: Db;
  render: Renderer;
  clock: () => Date;
  cookies: CookiePolicy;
  /** What the sources page says about evidence discovery's settings (never the key itself). */
  discovery: { dipKeySet: boolean; intervalMs: number };
}

// Public route: the method page, German at /methode, English at /en/method (each answers in the other's place too).
import { Hono } from 'hono';
import { dataLicence } from '../../../services/public/downloads.ts';
import { paths } from '../../../services/public/paths.ts';
import type { AppEnv } from '../../session.ts';
import type { PublicDeps } from '../deps.ts';
import { MethodPage } from './method-page.tsx';

export function methodRoutes({ db, render }: PublicDeps): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  for (const path of [paths.method(), paths.methodInEnglish()]) {
    routes.get(path, async (c) => render(c, <MethodPage licence={await dataLicence(db)} />));
  }
  return routes;
}

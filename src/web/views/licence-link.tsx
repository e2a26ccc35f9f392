// The data's licence by name, linked (`rel="license"`) when its address is a web address.
import type { FC } from 'hono/jsx';
import { safeHref } from './safe-href.ts';

export const LicenceLink: FC<{ licence: { name: string; url: string | null } }> = ({ licence }) => {
  const href = licence.url ? safeHref(licence.url) : undefined;
  return href ? (
    <a href={href} rel="license">
      {licence.name}
    </a>
  ) : (
    <>{licence.name}</>
  );
};

// The notice on the pages of an archived government: "wird nicht mehr aktualisiert".
import type { FC } from 'hono/jsx';
import { adminMessages } from '../i18n/admin/catalogue.ts';
import { usePageContext } from './page-context.ts';

/** On public pages, in the reader's language. */
export const ArchiveNotice: FC = () => <p class="notice archive-notice">{usePageContext().t.overview.archived}</p>;

/** In the back office, which is German, with what editors can still do. */
export const AdminArchiveNotice: FC = () => <p class="notice archive-notice">{adminMessages.shell.archived}</p>;

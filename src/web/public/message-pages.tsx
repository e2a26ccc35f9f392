// Pages that tell the reader something went wrong: not found, a request too large, and any other error.
import type { FC } from 'hono/jsx';
import type { AppError } from '../../domain/errors.ts';
import { errorMessage } from '../i18n/errors.ts';
import { Layout } from '../views/layout.tsx';
import { usePageContext } from '../views/page-context.ts';

export const NotFoundPage: FC<{ error?: AppError }> = ({ error }) => {
  const { t: messages, href, locale } = usePageContext();
  const message = error ? errorMessage(error, locale) : undefined;
  return (
    <Layout title={messages.notFound.heading} alternatePath="/">
      <h1>{messages.notFound.heading}</h1>
      {message ? <p>{message}</p> : null}
      <p>{messages.notFound.text}</p>
      <p>
        <a href={href('/')}>{messages.notFound.back}</a>
      </p>
    </Layout>
  );
};

export const ErrorPage: FC<{ error?: AppError }> = ({ error }) => {
  const { t: messages, href, locale } = usePageContext();
  const message = error ? errorMessage(error, locale) : undefined;
  return (
    <Layout title={messages.error.heading} alternatePath="/">
      <h1>{messages.error.heading}</h1>
      <p>{message ?? messages.error.text}</p>
      <p>
        <a href={href('/')}>{messages.notFound.back}</a>
      </p>
    </Layout>
  );
};

/** A request body over the limit (413): what the limit is, and what to do. */
export const TooLargePage: FC<{ limitBytes: number }> = ({ limitBytes }) => {
  const { t: messages, href } = usePageContext();
  const limit = limitBytes >= 1024 * 1024 ? `${limitBytes / (1024 * 1024)} MB` : `${limitBytes / 1024} kB`;
  return (
    <Layout title={messages.tooLarge.heading} alternatePath="/">
      <h1>{messages.tooLarge.heading}</h1>
      <p>{messages.tooLarge.text(limit)}</p>
      <p>
        <a href={href('/')}>{messages.notFound.back}</a>
      </p>
    </Layout>
  );
};

export const EmptyPage: FC = () => {
  const { t: messages } = usePageContext();
  return (
    <Layout title={messages.siteName} current="overview">
      <h1>{messages.siteName}</h1>
      <p>{messages.empty}</p>
    </Layout>
  );
};

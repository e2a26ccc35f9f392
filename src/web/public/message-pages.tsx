// Pages that tell the reader something went wrong: not found, and any other error.
import type { FC } from 'hono/jsx';
import { de } from '../i18n/de.ts';
import { Layout } from '../views/layout.tsx';

export const NotFoundPage: FC<{ message?: string }> = ({ message }) => (
  <Layout title={de.notFound.heading}>
    <h1>{de.notFound.heading}</h1>
    {message ? <p>{message}</p> : null}
    <p>{de.notFound.text}</p>
    <p>
      <a href="/">{de.notFound.back}</a>
    </p>
  </Layout>
);

export const ErrorPage: FC<{ message?: string }> = ({ message }) => (
  <Layout title={de.error.heading}>
    <h1>{de.error.heading}</h1>
    <p>{message ?? de.error.text}</p>
    <p>
      <a href="/">{de.notFound.back}</a>
    </p>
  </Layout>
);

export const EmptyPage: FC = () => (
  <Layout title={de.siteName} current="overview">
    <h1>{de.siteName}</h1>
    <p>Noch ist kein Koalitionsvertrag importiert. Mit „koalitionstracker import ORDNER“ lassen sich Kapiteldateien einlesen.</p>
  </Layout>
);

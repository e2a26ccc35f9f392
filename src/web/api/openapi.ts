// The OpenAPI 3.1 document of the API, generated from the endpoint table and its zod schemas
// with zod's own JSON Schema output (JSON Schema 2020-12 is OpenAPI 3.1's schema dialect).
import { z } from 'zod';
import { apiSchemas } from '../../services/api/representations.ts';
import { ENDPOINTS, type Endpoint } from './endpoints.ts';
import { takesSeveral } from './parameters.ts';

type JsonSchema = Record<string, unknown>;

const SCHEMA_PATH = '#/components/schemas/';

export function openApiDocument(serverUrl: string): JsonSchema {
  const paths: Record<string, JsonSchema> = {
    '/': {
      get: {
        summary: 'An index: where this document is, and each list of the API',
        operationId: 'getApiIndex',
        tags: ['meta'],
        responses: {
          '200': {
            description: 'The index',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  required: ['openapi', 'resources'],
                  properties: {
                    openapi: { type: 'string', format: 'uri' },
                    resources: {
                      type: 'array',
                      items: {
                        type: 'object',
                        required: ['url', 'summary'],
                        properties: { url: { type: 'string', format: 'uri' }, summary: { type: 'string' } },
                      },
                    },
                  },
                },
              },
            },
          },
        },
      },
    },
    '/openapi.json': {
      get: {
        summary: 'This document',
        operationId: 'getOpenApiDocument',
        tags: ['meta'],
        responses: { '200': { description: 'The OpenAPI 3.1 document', content: { 'application/json': { schema: { type: 'object' } } } } },
      },
    },
  };
  for (const endpoint of ENDPOINTS) paths[endpoint.path] = { get: operationOf(endpoint) };
  return {
    openapi: '3.1.0',
    info: {
      title: 'Koalitionstracker API',
      version: '1.0.0',
      description:
        'Read-only access to the published state of the tracked coalition agreements. Lists are pages in a stable order; follow `next` (also sent as a `Link` header) until it is null.',
      license: { name: 'Data: CC BY 4.0 unless the site says otherwise', url: 'https://creativecommons.org/licenses/by/4.0/' },
    },
    servers: [{ url: serverUrl }],
    paths,
    components: { schemas: componentSchemas() },
  };
}

function componentSchemas(): Record<string, JsonSchema> {
  const { schemas } = z.toJSONSchema(apiSchemas, { uri: (id) => `${SCHEMA_PATH}${id}` }) as { schemas: Record<string, JsonSchema> };
  // `$id` would re-base every `$ref` inside the schema; `$schema` is the document's dialect anyway.
  return Object.fromEntries(Object.entries(schemas).map(([id, { $id: _id, $schema: _schema, ...schema }]) => [id, schema]));
}

function operationOf(endpoint: Endpoint): JsonSchema {
  const parameters = endpoint.kind === 'list' ? parametersOf(endpoint.query, 'query') : parametersOf(endpoint.params, 'path');
  const errorResponse = (description: string) => ({
    description,
    content: { 'application/json': { schema: { $ref: `${SCHEMA_PATH}Error` } } },
  });
  return {
    summary: endpoint.summary,
    operationId: operationIdOf(endpoint),
    tags: [endpoint.tag],
    parameters,
    responses: {
      '200': {
        description: endpoint.summary,
        headers: endpoint.kind === 'list' ? { Link: { description: 'rel="next": the next page', schema: { type: 'string' } } } : undefined,
        content: { 'application/json': { schema: { $ref: `${SCHEMA_PATH}${schemaId(endpoint.response)}` } } },
      },
      '400': errorResponse('A parameter is invalid'),
      ...(endpoint.kind === 'item' ? { '404': errorResponse('Not found, or not published') } : {}),
    },
  };
}

function parametersOf(schema: z.ZodObject, place: 'query' | 'path'): JsonSchema[] {
  const json = z.toJSONSchema(schema, { io: 'input' }) as { properties: Record<string, JsonSchema>; required?: string[] };
  return Object.entries(json.properties).map(([name, { description, ...property }]) => ({
    name,
    in: place,
    required: place === 'path' || (json.required ?? []).includes(name),
    description,
    schema: property,
    ...(takesSeveral(schema.shape[name] as z.ZodType) ? { style: 'form', explode: true } : {}),
  }));
}

function schemaId(schema: z.ZodType): string {
  const id = apiSchemas.get(schema)?.id;
  if (!id) throw new Error('every response schema is registered in apiSchemas');
  return id;
}

function operationIdOf(endpoint: Endpoint): string {
  const resource = endpoint.path.split('/')[1]!;
  return endpoint.kind === 'list' ? `list_${resource}` : `get_${resource}`;
}

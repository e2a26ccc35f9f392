// Tables of the full-text search index.

// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface SearchTables {}

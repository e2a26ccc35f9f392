// Types of scripts/postgres-throwaway.mjs for TypeScript callers (the benchmarks).
export function postgresAvailable(): boolean;
export function startThrowawayPostgres(): Promise<{ url: string; stop(): void }>;

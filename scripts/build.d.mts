// Types of scripts/build.mjs for TypeScript callers (the benchmarks).
export const bundlePath: string;
export function isStale(): boolean;
export function build(): Promise<void>;

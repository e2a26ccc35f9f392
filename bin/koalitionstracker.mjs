// Runs the bundled command line, rebuilding the bundle first when a source file is newer.
import { build, bundlePath, isStale } from '../scripts/build.mjs';
import { pathToFileURL } from 'node:url';

if (isStale()) await build();
const { main } = await import(pathToFileURL(bundlePath).href);
process.exitCode = await main(process.argv.slice(2));

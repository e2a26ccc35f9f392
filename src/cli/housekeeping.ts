// `housekeeping`: deletes what is past its time (docs/privacy.md) once, for cron; one line says what.
import { parseArgs } from 'node:util';
import type { Config } from '../config.ts';
import { describeHousekeeping, runHousekeeping } from '../services/housekeeping.ts';
import { EXIT, type Io } from './io.ts';
import { withStore } from './store-context.ts';

export async function runHousekeepingCommand(args: string[], config: Config, io: Io): Promise<number> {
  parseArgs({ args, options: {} });
  return withStore(config, async (store) => {
    io.out(describeHousekeeping(await runHousekeeping(store.db, new Date())));
    return EXIT.ok;
  });
}

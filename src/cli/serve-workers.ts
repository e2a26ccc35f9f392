// `serve --workers N`: N processes of this command (node:cluster) serve the site on one port; the primary
// hands them the connections, serves nothing itself and runs the background jobs once (serve.ts). Each worker
// has its own page cache, which the content version keeps current as it does across instances. A worker
// that dies is replaced; one that dies before it listens stops the start.
import cluster, { type Worker } from 'node:cluster';
import type { Logger } from '../log.ts';

export interface WorkerPool {
  port: number;
  /** Lets every worker finish its requests and exit. */
  stop(): Promise<void>;
}

export async function startWorkers(count: number, env: Record<string, string>, logger: Logger): Promise<WorkerPool> {
  let stopping = false;
  const running = new Set<Worker>();
  const fork = () => {
    const worker = cluster.fork(env);
    running.add(worker);
    return worker;
  };
  let started: number[];
  try {
    started = await Promise.all(Array.from({ length: count }, () => listening(fork())));
  } catch (error) {
    for (const worker of running) worker.kill();
    throw error;
  }
  cluster.on('exit', (worker, code, signal) => {
    running.delete(worker);
    if (stopping) return;
    logger.error({ pid: worker.process.pid, code, signal }, 'a worker stopped; starting another');
    fork();
  });
  return {
    port: started[0]!,
    stop: async () => {
      stopping = true;
      await Promise.all(
        [...running].map(
          (worker) =>
            new Promise<void>((resolve) => {
              if (worker.isDead()) return resolve();
              worker.once('exit', () => resolve());
              worker.disconnect();
            }),
        ),
      );
    },
  };
}

/** The port the worker listens on, once it does; rejects when it exits first. */
function listening(worker: Worker): Promise<number> {
  return new Promise((resolve, reject) => {
    const exited = (code: number) => reject(new Error(`a worker exited with ${code} before it listened`));
    worker.once('exit', exited);
    worker.once('listening', (address) => {
      worker.off('exit', exited);
      resolve(address.port);
    });
  });
}

import type { FastifyInstance } from 'fastify';
import type { Logger } from '../trpc/context';
import type { Lifecycle } from './lifecycle';

export interface ShutdownPlan {
  app: FastifyInstance;
  lifecycle: Lifecycle;
  log: Logger;
  /** How long /readyz fails before the listener closes, so balancers stop sending traffic. */
  drainDelayMs: number;
  /** The whole shutdown's limit; past it the process exits anyway (code 1). */
  timeoutMs: number;
  /** After HTTP has drained, in order: the scheduler and outbox, the metrics port, the pools. */
  release: Array<[name: string, step: () => Promise<unknown>]>;
  exit: (code: number) => void;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * SIGTERM: report not-ready, wait for the balancer to notice, stop accepting connections
 * and let every in-flight request finish (live streams are ended so browsers reconnect
 * elsewhere), then release background work and locks, close pools, and exit 0, or 1
 * when the timeout strikes first.
 */
export async function shutDown(plan: ShutdownPlan, signal: string): Promise<void> {
  const { app, lifecycle, log } = plan;
  if (lifecycle.draining) return;
  const started = Date.now();
  lifecycle.startDraining();
  log.info({ signal, drainDelayMs: plan.drainDelayMs, timeoutMs: plan.timeoutMs }, 'shutting down: draining');
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    log.error({ afterMs: Date.now() - started }, 'shutdown timed out; exiting with work unfinished');
    plan.exit(1);
  }, plan.timeoutMs);
  timer.unref();
  try {
    if (plan.drainDelayMs > 0) await sleep(plan.drainDelayMs);
    lifecycle.endStreams();
    // Stops listening, closes idle keep-alive connections, waits for in-flight requests.
    await app.close();
    for (const [name, step] of plan.release) {
      try {
        await step();
      } catch (error) {
        log.error({ err: error, step: name }, 'shutdown step failed');
      }
    }
  } finally {
    clearTimeout(timer);
  }
  if (timedOut) return;
  log.info({ tookMs: Date.now() - started }, 'shut down cleanly');
  plan.exit(0);
}

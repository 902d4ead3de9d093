import Fastify, { type FastifyInstance } from 'fastify';
import { metricsHandler, type OperationsDeps } from './register-operations';

/** METRICS_PORT: /metrics alone on a port of its own, for a scraper on the private network. */
export async function startMetricsServer(deps: OperationsDeps, port: number): Promise<FastifyInstance> {
  const server = Fastify({ logger: false });
  server.get('/metrics', metricsHandler(deps));
  await server.listen({ port, host: deps.config.host });
  return server;
}

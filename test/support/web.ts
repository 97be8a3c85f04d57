/** The web server of a test app, driven in-process with Fastify's inject (no port). */
import type { FastifyInstance } from 'fastify';
import { buildWebServer } from '../../src/web/server.js';
import { testApp, type TestApp } from './app.js';

/** A test app and its web server. */
export interface WebTest extends TestApp {
  server: FastifyInstance;
  /** GETs a path and returns status, headers and body. */
  get(path: string, headers?: Record<string, string>): Promise<{ status: number; headers: Record<string, unknown>; body: string; raw: Buffer }>;
}

/** Builds a test app with its web server; `env` overrides configuration. */
export async function webTest(env: Record<string, string> = {}): Promise<WebTest> {
  const t = testApp({ WEB_PORT: '8080', ...env });
  const server = await buildWebServer(t.app);
  return Object.assign(t, {
    server,
    async get(path: string, headers: Record<string, string> = {}) {
      const response = await server.inject({ method: 'GET', url: path, headers });
      return { status: response.statusCode, headers: response.headers, body: response.body, raw: response.rawPayload };
    },
  });
}

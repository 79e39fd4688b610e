import type { ModuleMember } from '../analysis/modules';

/** A web framework or server module whose call or `new` expression creates an app or server. */
export interface AppFactory {
  /** Short name used in messages and by rules: `express`, `koa`, `fastify`, `http`, ... */
  readonly framework: string;
  /** What the created value is: an app/server that can `listen`, or a router that only routes. */
  readonly creates: 'app' | 'router' | 'server';
}

const app = (framework: string, creates: AppFactory['creates'] = 'app'): AppFactory => ({ framework, creates });

/**
 * Where apps, routers and servers come from. A row per way of creating one; rules and analyses
 * find them with `createModuleFinder`, so every import style is covered.
 */
export const APP_FACTORIES: readonly ModuleMember<AppFactory>[] = [
  { module: 'express', path: [], kind: 'call', info: app('express') },
  { module: 'express', path: ['default'], kind: 'call', info: app('express') },
  { module: 'express', path: ['Router'], kind: 'call', info: app('express', 'router') },
  { module: 'express', path: ['Router'], kind: 'construct', info: app('express', 'router') },
  { module: 'koa', path: [], kind: 'construct', info: app('koa') },
  { module: 'koa', path: ['default'], kind: 'construct', info: app('koa') },
  { module: '@koa/router', path: [], kind: 'construct', info: app('koa', 'router') },
  { module: 'koa-router', path: [], kind: 'construct', info: app('koa', 'router') },
  { module: 'fastify', path: [], kind: 'call', info: app('fastify') },
  { module: 'fastify', path: ['fastify'], kind: 'call', info: app('fastify') },
  { module: 'fastify', path: ['default'], kind: 'call', info: app('fastify') },
  { module: 'connect', path: [], kind: 'call', info: app('connect') },
  { module: 'restify', path: ['createServer'], kind: 'call', info: app('restify') },
  { module: '@hapi/hapi', path: ['server'], kind: 'call', info: app('hapi') },
  { module: '@hapi/hapi', path: ['Server'], kind: 'construct', info: app('hapi') },
  { module: 'hapi', path: ['server'], kind: 'call', info: app('hapi') },
  { module: '@nestjs/core', path: ['NestFactory', 'create'], kind: 'call', info: app('nestjs') },
  { module: 'http', path: ['createServer'], kind: 'call', info: app('http', 'server') },
  { module: 'http', path: ['Server'], kind: 'construct', info: app('http', 'server') },
  { module: 'https', path: ['createServer'], kind: 'call', info: app('https', 'server') },
  { module: 'https', path: ['Server'], kind: 'construct', info: app('https', 'server') },
  { module: 'http2', path: ['createServer'], kind: 'call', info: app('http2', 'server') },
  { module: 'http2', path: ['createSecureServer'], kind: 'call', info: app('http2', 'server') },
  { module: 'net', path: ['createServer'], kind: 'call', info: app('net', 'server') },
  { module: 'net', path: ['Server'], kind: 'construct', info: app('net', 'server') },
  { module: 'tls', path: ['createServer'], kind: 'call', info: app('tls', 'server') },
  { module: '@nestjs/core', path: ['NestFactory', 'createMicroservice'], kind: 'call', info: app('nestjs') },
  { module: 'socket.io', path: ['Server'], kind: 'construct', info: app('socket.io', 'server') },
  { module: 'socket.io', path: [], kind: 'call', info: app('socket.io', 'server') },
  { module: 'socket.io', path: [], kind: 'construct', info: app('socket.io', 'server') },
  { module: 'ws', path: ['WebSocketServer'], kind: 'construct', info: app('ws', 'server') },
  { module: 'ws', path: ['Server'], kind: 'construct', info: app('ws', 'server') },
];

import { Injectable, MethodNotAllowedException, type OnModuleInit, RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { DiscoveryService, HttpAdapterHost, MetadataScanner, Reflector } from '@nestjs/core';
import express, { type NextFunction, type Request, type Response } from 'express';

type Paths = string | readonly string[] | undefined;

function list(p: Paths): readonly string[] {
  if (p === undefined) return [''];
  return typeof p === 'string' ? [p] : p;
}

/** A controller's path and a handler's path, joined as Nest joins them: `events` + `:id` is `/events/:id`. */
function joinPath(controller: string, handler: string): string {
  const parts = [controller, handler].map((s) => s.replace(/^\/+|\/+$/g, '')).filter(Boolean);
  return `/${parts.join('/')}`;
}

function inWords(methods: readonly string[]): string {
  return methods.length === 1
    ? (methods[0] as string)
    : `${methods.slice(0, -1).join(', ')} or ${methods[methods.length - 1] as string}`;
}

/**
 * A request for a path the API serves, with a method none of its routes take, is a 405 with
 * `Allow` (an OPTIONS request gets the `Allow` alone), rather than the 404 of a path that does not
 * exist. The table comes from the controllers' route metadata, so a new route is covered as it is
 * added; matching uses an Express router, so a path matches here exactly as it does for its route.
 */
@Injectable()
export class WrongMethodHandler implements OnModuleInit {
  constructor(
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
    private readonly reflector: Reflector,
    private readonly host: HttpAdapterHost,
  ) {}

  /** Each path the controllers serve, with the methods its routes take. */
  routeMethods(): Map<string, Set<string>> {
    const table = new Map<string, Set<string>>();
    for (const wrapper of this.discovery.getControllers()) {
      const type = wrapper.metatype;
      if (typeof type !== 'function' || typeof type.prototype !== 'object') continue;
      const prototype: object = type.prototype as object;
      const controllerPaths = list(this.reflector.get<Paths>(PATH_METADATA, type));
      for (const name of this.scanner.getAllMethodNames(prototype)) {
        const handler: unknown = Reflect.get(prototype, name);
        if (typeof handler !== 'function') continue;
        const handlerPaths = this.reflector.get<Paths>(PATH_METADATA, handler);
        const method = this.reflector.get<RequestMethod | undefined>(METHOD_METADATA, handler);
        if (handlerPaths === undefined || method === undefined) continue;
        for (const c of controllerPaths)
          for (const h of list(handlerPaths)) {
            const path = joinPath(c, h);
            const methods = table.get(path) ?? new Set<string>();
            methods.add(RequestMethod[method]);
            table.set(path, methods);
          }
      }
    }
    return table;
  }

  // Nest maps the controllers' routes before it calls this hook and adds its not-found handler
  // after it, so what is added here sees exactly the requests that no route (nor the docs or the
  // queue board, mounted earlier) answered.
  onModuleInit(): void {
    const found = new WeakMap<Request, Set<string>>();
    const probe = express.Router();
    for (const [path, methods] of this.routeMethods()) {
      probe.all(path, (req, _res, next) => {
        for (const m of methods) found.get(req)?.add(m);
        next();
      });
    }
    this.host.httpAdapter.use((req: Request, res: Response, next: NextFunction) => {
      const allowed = new Set<string>();
      found.set(req, allowed);
      probe(req, res, (err?: unknown) => {
        found.delete(req);
        if (err && err !== 'route' && err !== 'router') return next(err);
        if (allowed.size === 0 || allowed.has('ALL') || allowed.has(req.method)) return next();
        const methods = [...allowed].sort();
        res.setHeader('Allow', methods.join(', '));
        if (req.method === 'OPTIONS') return void res.status(204).end();
        next(
          new MethodNotAllowedException(
            `${req.method} is not allowed on ${req.path}; use ${inWords(methods)}`,
          ),
        );
      });
    });
  }
}

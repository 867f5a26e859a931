import { Injectable, MethodNotAllowedException, RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import express, {
  type NextFunction,
  type Request,
  type RequestHandler,
  type Response,
  type Router,
} from 'express';

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

/** A path's literal segments: where a literal and a parameter both match, the literal is the route. */
function literalsOf(path: string): number {
  return path.split('/').filter((s) => s && !/[:*{}]/.test(s)).length;
}

interface Served {
  readonly literals: number;
  readonly methods: ReadonlySet<string>;
}

/**
 * A request for a path the API serves, with a method none of its routes take, is a 405 with
 * `Allow` (an OPTIONS request gets the `Allow` alone), rather than the 404 of a path that does not
 * exist. Where a literal path and a parameter both match (`/events/preview`, `/events/{id}`), the
 * literal one is the route: `PATCH /events/preview` is a 405, not an edit of an event called
 * "preview". The table comes from the controllers' route metadata, so a new route is covered as it
 * is added; matching uses an Express router, so a path matches here exactly as it does for its route.
 */
@Injectable()
export class WrongMethodHandler {
  constructor(
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
    private readonly reflector: Reflector,
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

  /**
   * Middleware to mount before the routes (it needs the controllers, not their routes): a request
   * whose method the most literal matching path does not take is answered here.
   */
  middleware(): RequestHandler {
    const found = new WeakMap<Request, Served[]>();
    let probe: Router | undefined;
    const build = () => {
      const router = express.Router();
      for (const [path, methods] of this.routeMethods()) {
        const served: Served = { literals: literalsOf(path), methods };
        router.all(path, (req, _res, next) => {
          found.get(req)?.push(served);
          next();
        });
      }
      return router;
    };
    return (req: Request, res: Response, next: NextFunction) => {
      probe ??= build();
      const matches: Served[] = [];
      found.set(req, matches);
      probe(req, res, (err?: unknown) => {
        found.delete(req);
        if (err && err !== 'route' && err !== 'router') return next(err);
        if (matches.length === 0) return next();
        const most = Math.max(...matches.map((m) => m.literals));
        const allowed = new Set(matches.filter((m) => m.literals === most).flatMap((m) => [...m.methods]));
        // Express answers HEAD with a GET route.
        const method = req.method === 'HEAD' ? 'GET' : req.method;
        if (allowed.has('ALL') || allowed.has(method)) return next();
        const methods = [...allowed].sort();
        res.setHeader('Allow', methods.join(', '));
        if (req.method === 'OPTIONS') return void res.status(204).end();
        next(
          new MethodNotAllowedException(
            `${req.method} is not allowed on ${req.path}; use ${inWords(methods)}`,
          ),
        );
      });
    };
  }
}

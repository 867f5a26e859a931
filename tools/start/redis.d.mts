export const DEFAULT_REDIS_URL: string;

export interface RedisAddress {
  readonly host: string;
  readonly port: number;
  readonly password: string | undefined;
  readonly local: boolean;
}

export function redisAddress(redisUrl: string | undefined): RedisAddress;

export interface RedisPlan {
  readonly action: 'use' | 'start' | 'install' | 'unreachable';
  readonly host: string;
  readonly port: number;
}

export function redisPlan(opts: {
  redisUrl: string | undefined;
  answers: boolean;
  installed: boolean;
}): RedisPlan;

export function onPath(program: string, path?: string): string | undefined;

export function reachable(host: string, port: number): Promise<boolean>;

import { Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { WEB_CONFIG, type WebConfig } from './web-config.util';

const CHECK_TIMEOUT_MS = 2500;
// A tile server that answered is asked again after a while; one that did not, sooner.
const KEEP_REACHABLE_MS = 10 * 60 * 1000;
const KEEP_UNREACHABLE_MS = 60 * 1000;

/** The first tile of a tile URL template: the whole world at zoom 0. */
export const sampleTileUrl = (template: string) =>
  template.replace('{z}', '0').replace('{x}', '0').replace('{y}', '0').replace('{s}', 'a');

/**
 * Whether the basemap's tile server answers. The console draws tiles only when it does: a browser
 * logs every tile it cannot fetch as an error, and on a network without the tile server (or
 * without the internet) the maps then show the divisions alone, quietly.
 */
@Injectable()
export class BasemapProbeService implements OnApplicationBootstrap {
  private known: { reachable: boolean; until: number } | undefined;
  private pending: Promise<boolean> | undefined;

  constructor(@Inject(WEB_CONFIG) private readonly config: WebConfig) {}

  onApplicationBootstrap(): void {
    void this.reachable();
  }

  reachable(now = Date.now()): Promise<boolean> {
    const url = this.config.basemapUrl;
    if (!url) return Promise.resolve(false);
    if (this.known && this.known.until > now) return Promise.resolve(this.known.reachable);
    this.pending ??= this.check(url).then((reachable) => {
      this.known = { reachable, until: Date.now() + (reachable ? KEEP_REACHABLE_MS : KEEP_UNREACHABLE_MS) };
      this.pending = undefined;
      return reachable;
    });
    return this.pending;
  }

  private async check(template: string): Promise<boolean> {
    try {
      const r = await fetch(sampleTileUrl(template), {
        headers: { 'User-Agent': 'Member Alerts (basemap check)', Accept: 'image/*' },
        signal: AbortSignal.timeout(CHECK_TIMEOUT_MS),
      });
      await r.body?.cancel();
      return r.ok && (r.headers.get('content-type') ?? '').startsWith('image/');
    } catch {
      return false;
    }
  }
}

import { Controller, Get, Inject, NotFoundException, Req } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { ApiKeyEntity, MemberEntity, MemberSeatEntity } from '@member-alerts/persistence';
import type { Request } from 'express';
import { DataSource, In } from 'typeorm';
import { CurrentPrincipal } from '../auth/current-principal.decorator';
import type { Principal } from '../auth/principal';
import { Public, Roles } from '../auth/roles.decorator';
import { hashSecret } from '../auth/secret-hash.util';
import { csrfTokenFor, readCookie, SESSION_COOKIE } from '../auth/web-session.util';
import { ApiAnswer, ApiErrors, ApiKeyRequired } from '../common/api-responses.decorator';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { DEV_KEYS } from '../seed/seed.service';
import { BasemapProbeService } from './basemap-probe.service';
import { WEB_CONFIG, type WebConfig } from './web-config.util';
import { DEV_KEYS_SCHEMA, SESSION_SCHEMA, WEB_CONFIG_SCHEMA } from './web.schema';
import { defaultContactOf } from '../events/default-contact.util';

/** Sign-in for the web console: who a key belongs to, and the development keys when they exist. */
@ApiTags('web console')
@Controller()
export class AuthSessionController {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(WEB_CONFIG) private readonly web: WebConfig,
    @InjectDataSource() private readonly db: DataSource,
    private readonly basemap: BasemapProbeService,
  ) {}

  @Get('auth/session')
  @ApiKeyRequired()
  @Roles('officer', 'democratic_services', 'member', 'leader', 'monitoring_officer')
  @ApiOperation({
    summary:
      'Who is signed in (by session cookie or API key): role, name and, for members, the member; for a session, its CSRF token',
  })
  @ApiAnswer(SESSION_SCHEMA, { description: 'The key’s holder, or the signed-in person' })
  async session(@CurrentPrincipal() p: Principal, @Req() req: Request) {
    const member = p.memberId ? await this.member(p.memberId) : null;
    const token = p.sessionId ? readCookie(req, SESSION_COOKIE) : undefined;
    return {
      role: p.role,
      name: p.name,
      memberId: p.memberId,
      member,
      via: p.sessionId ? 'session' : 'key',
      contact:
        p.role === 'officer' || p.role === 'democratic_services'
          ? await defaultContactOf(this.db.manager, p)
          : null,
      // State-changing requests made with the session cookie send this as X-CSRF-Token.
      csrfToken: token ? csrfTokenFor(token) : null,
    };
  }

  @Get('auth/dev-keys')
  @Public()
  @ApiOperation({
    summary: 'The development keys for the seeded people (only when DEV_KEYS is on; never in production)',
  })
  @ApiAnswer(DEV_KEYS_SCHEMA, { description: 'The keys, with their roles' })
  @ApiErrors(404)
  async devKeys() {
    // loadConfig refuses DEV_KEYS with NODE_ENV=production, so this is never reachable there.
    if (!this.config.devKeys || this.config.nodeEnv === 'production') {
      throw new NotFoundException('development sign-in is not enabled on this server');
    }
    // Each key by the name the seed gave it, which says whose it is in this council's roster.
    const hashes = DEV_KEYS.map((k) => hashSecret(k.key));
    const made = await this.db.manager.find(ApiKeyEntity, {
      where: { keyHash: In(hashes) },
      select: { keyHash: true, name: true },
    });
    const names = new Map(made.map((k) => [k.keyHash, k.name]));
    return {
      keys: DEV_KEYS.map((k, i) => ({
        key: k.key,
        role: k.role,
        name: names.get(hashes[i] ?? '') ?? k.name,
      })),
    };
  }

  @Get('web/config')
  @Public()
  @ApiOperation({
    summary: 'What the web console needs before sign-in: the basemap, if there is one and it answers',
  })
  @ApiAnswer(WEB_CONFIG_SCHEMA, { description: 'The console’s settings' })
  async webConfig() {
    // Offline, or where the tile server is blocked, the maps show the divisions alone.
    const tiles = await this.basemap.reachable();
    return {
      basemapUrl: tiles ? this.web.basemapUrl : null,
      basemapAttribution: tiles ? this.web.basemapAttribution : null,
      basemapAttributionUrl: tiles ? this.web.basemapAttributionUrl : null,
      devSignIn: this.config.devKeys && this.config.nodeEnv !== 'production',
      singleSignOn: this.config.oidc !== undefined,
    };
  }

  private async member(id: string) {
    const m = await this.db.manager.findOne(MemberEntity, { where: { id } });
    if (!m) return null;
    const seat = await this.db
      .createQueryBuilder(MemberSeatEntity, 's')
      .where('s.member_id = :id', { id })
      .andWhere('s.term_start <= CURRENT_DATE AND (s.term_end IS NULL OR s.term_end >= CURRENT_DATE)')
      .getOne();
    return { id: m.id, externalId: m.externalId, name: m.name, division: seat?.divisionName ?? null };
  }
}

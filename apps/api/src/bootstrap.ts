import 'reflect-metadata';
import type { Server } from 'node:http';
import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, type OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { DocumentedInput } from './common/documented-input.interceptor';
import { startEmbeddedPostgres, type EmbeddedPostgres } from '@member-alerts/persistence';
import compression from 'compression';
import express from 'express';
import { Logger } from 'nestjs-pino';
import { AppModule } from './app.module';
import { ERROR_BODY_SCHEMA, ERROR_SCHEMA_NAME, errorResponse } from './common/api-responses.decorator';
import { withCouncilEnums } from './common/council-enums.util';
import { CouncilContextService } from './council/council-context.service';
import { ServedDocument } from './common/served-document.service';
import { hardenHttp } from './common/http-hardening.util';
import { ApiMetrics } from './health/api-metrics';
import { SNS_MAX_BODY_BYTES } from './producers/sns-message.util';
import { STREET_MANAGER_PATH } from './producers/street-manager.controller';
import { POLICY_FILE_TYPES } from './policy/policy.controller';
import { mountQueueBoard } from './queue/queue-board';
import type { AppConfig } from './config/app-config';
import { SeedService } from './seed/seed.service';

export interface RunningApi {
  app: INestApplication;
  councilId: string;
  seeded: boolean;
  embedded?: EmbeddedPostgres;
  close(): Promise<void>;
}

/**
 * The document the API serves, as it stands: the contract, with the council's own kinds, bodies and
 * roles listed (those of every revision published so far).
 */
export function buildOpenApi(app: INestApplication): OpenAPIObject {
  const served = app.get(ServedDocument).document;
  return served
    ? structuredClone(served)
    : withCouncilEnums(buildContract(app), [app.get(CouncilContextService).bootPolicy()]);
}

/** The API's contract for any council: the web console's wire types are generated from it. */
export function buildContract(app: INestApplication): OpenAPIObject {
  const doc = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Member Alerts')
      .setDescription(
        "Tells councillors what happens in their area, as the council's protocol on member/officer relations requires, and proves that it did.",
      )
      .setVersion('0.1.0')
      .addBearerAuth({ type: 'http', scheme: 'bearer', description: 'An API key' })
      // The rate limiter guards every route, and the input pipe checks every route's query
      // parameters for repeats and ill-formed Unicode (app.module.ts).
      .addGlobalResponse(errorResponse(429))
      .addGlobalResponse(errorResponse(400))
      .build(),
  );
  doc.components = {
    ...doc.components,
    schemas: { ...doc.components?.schemas, [ERROR_SCHEMA_NAME]: ERROR_BODY_SCHEMA },
  };
  return doc;
}

/** Builds the API on the given configuration, starting the embedded database when DATABASE_URL is unset. */
export async function createApi(config: AppConfig, options: { listen?: boolean } = {}): Promise<RunningApi> {
  let embedded: EmbeddedPostgres | undefined;
  let databaseUrl = config.databaseUrl;
  if (!databaseUrl) {
    embedded = await startEmbeddedPostgres(config.dataDir);
    databaseUrl = embedded.url;
  }
  try {
    const app = await NestFactory.create<NestExpressApplication>(
      AppModule.forRoot({ config, databaseUrl, embedded: Boolean(embedded) }),
      { bufferLogs: true, bodyParser: false, abortOnError: false },
    );
    app.useLogger(app.get(Logger));
    hardenHttp(app, config);
    app.use(app.get(ApiMetrics).timeRequests);
    // Answers and the console's files, gzip or brotli as the client accepts: the divisions and the
    // scripts shrink to a fraction.
    app.use(compression());
    const jsonTypes = ['application/json', 'application/geo+json', 'application/*+json'];
    // Boundary files are large; everything else keeps the tighter limit.
    const textTypes = ['text/csv', 'text/plain'];
    // Amazon SNS posts its JSON as text/plain: this route reads any body as text, parsed and checked
    // by the route itself, within SNS's own message size.
    app.use(STREET_MANAGER_PATH, express.text({ limit: SNS_MAX_BODY_BYTES, type: () => true }));
    app.use('/boundaries', express.json({ limit: config.maxUploadBytes, type: jsonTypes }));
    app.use('/boundaries', express.text({ limit: config.maxUploadBytes, type: textTypes }));
    // A council's policy file is read as the text it is, so its problems can name their lines.
    app.use('/policy', express.text({ limit: config.maxBodyBytes, type: POLICY_FILE_TYPES }));
    app.use(express.json({ limit: config.maxBodyBytes, type: jsonTypes }));
    app.use(express.text({ limit: config.maxBodyBytes, type: textTypes }));
    app.enableShutdownHooks();
    mountQueueBoard(app);
    const served = app.get(ServedDocument);
    const doc = served.serve(buildContract(app));
    // The same object is served and kept up to date as revisions are published.
    SwaggerModule.setup('docs', app, () => doc, { jsonDocumentUrl: 'docs/openapi.json' });
    // Requests are held to the very document /docs/openapi.json serves.
    const input = app.get(DocumentedInput);
    input.use(doc);
    served.onChange((changed) => input.use(changed));
    await app.init();
    const { councilId, seeded } = await app.get(SeedService).ensureCouncil();
    served.servesCouncil(councilId);
    await served.refresh();
    if (options.listen !== false) await app.listen(config.port, config.host);
    // Outlive the idle timeouts of clients and load balancers, so a reused connection is never
    // closed under a request (which surfaces as ECONNRESET on the client).
    const server: Server = app.getHttpServer();
    server.keepAliveTimeout = 65_000;
    server.headersTimeout = 66_000;
    return {
      app,
      councilId,
      seeded,
      ...(embedded ? { embedded } : {}),
      async close() {
        await app.close();
        await embedded?.stop();
      },
    };
  } catch (e) {
    await embedded?.stop();
    throw e;
  }
}

import { join } from 'node:path';
import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationShutdown,
  ServiceUnavailableException,
} from '@nestjs/common';
import { GeoInputError } from '@member-alerts/geo';
import {
  EventValidationError,
  fromPortable,
  toPortable,
  type ParsedEvent,
  type Plan,
} from '@member-alerts/protocol';
import { Piscina } from 'piscina';
import type { EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { CouncilContextService, type CouncilFacts } from '../council/council-context.service';
import type { PlanAnswer, PlanTask } from './plan-task';
import { threadSources } from './thread-sources.util';

const THREAD_FILE = join(__dirname, '../../bin/plan-thread.js');

/**
 * Checks, matches and plans events in a pool of worker threads (PLAN_THREADS), so that the thread
 * answering requests keeps answering while the largest location allowed is matched.
 */
@Injectable()
export class PlanningPool implements OnApplicationShutdown {
  private readonly logger = new Logger(PlanningPool.name);
  private readonly pool: Piscina<PlanTask, PlanAnswer>;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly context: CouncilContextService,
  ) {
    this.pool = new Piscina({
      filename: THREAD_FILE,
      name: 'planInThread',
      minThreads: config.planThreads,
      maxThreads: config.planThreads,
      // Threads keep their councils' division sets: an idle one is not ended to be rebuilt later.
      idleTimeout: Infinity,
      // An idle thread waits in its event loop, not blocked in Atomics.wait, so that its event-loop
      // utilisation tells working from waiting.
      atomics: 'disabled',
      workerData: threadSources(),
    });
    // A thread that ends between tasks is replaced; unheard, the pool's 'error' would end the process.
    this.pool.on('error', (e: unknown) => this.logger.error({ err: e }, 'a planning thread ended'));
  }

  /** Checks an event's fields against the council's divisions and rules (400 in words when wrong). */
  async check(facts: CouncilFacts, fields: unknown, manager?: EntityManager): Promise<ParsedEvent> {
    return (await this.run(facts, { input: { fields } }, manager)).event;
  }

  /** Plans an event already checked against the same council's divisions. */
  async plan(facts: CouncilFacts, event: ParsedEvent, now: Date, manager?: EntityManager): Promise<Plan> {
    const { plan } = await this.run(
      facts,
      { input: { parsed: toPortable(event) }, planAt: now.getTime() },
      manager,
    );
    return plan as Plan;
  }

  /** Both, in one trip to a thread. */
  async checkAndPlan(
    facts: CouncilFacts,
    fields: unknown,
    now: Date,
    manager?: EntityManager,
  ): Promise<{ event: ParsedEvent; plan: Plan }> {
    const { event, plan } = await this.run(facts, { input: { fields }, planAt: now.getTime() }, manager);
    return { event, plan: plan as Plan };
  }

  private async run(
    facts: CouncilFacts,
    work: Pick<PlanTask, 'input' | 'planAt'>,
    manager: EntityManager | undefined,
  ): Promise<{ event: ParsedEvent; plan?: Plan }> {
    const task: PlanTask = {
      councilId: facts.council.id,
      generationId: facts.generation.id,
      rosterKey: facts.rosterKey,
      revision: facts.revision,
      ...work,
    };
    let sent: Pick<PlanTask, 'boundaries' | 'roster' | 'policy'> = {};
    // A thread that has not planned for this generation or roster yet says so, and gets them: at
    // most one more trip, since the next thread may be another one, but nothing it could lack is left out.
    for (;;) {
      const answer = await this.send({ ...task, ...sent });
      switch (answer.kind) {
        case 'lacks':
          sent = {
            ...sent,
            ...(answer.boundaries && !sent.boundaries
              ? { boundaries: await this.context.boundariesText(facts.generation.id, manager) }
              : {}),
            ...(answer.roster ? { roster: { members: facts.members, officers: facts.officers } } : {}),
            ...(answer.policy ? { policy: facts.policy } : {}),
          };
          continue;
        case 'done':
          return { event: fromPortable(answer.parsed), ...(answer.plan ? { plan: answer.plan } : {}) };
        case 'invalid':
          throw new EventValidationError(answer.errors);
        case 'bad-geometry':
          throw new GeoInputError(answer.message, answer.problems);
        case 'failed':
          throw Object.assign(new Error(answer.message), answer.stack ? { stack: answer.stack } : {});
      }
    }
  }

  private async send(task: PlanTask): Promise<PlanAnswer> {
    try {
      return await this.pool.run(task);
    } catch (e) {
      // The thread itself ended (out of memory, or killed): the task's own errors come back as answers.
      this.logger.error({ err: e }, 'a planning thread ended while working');
      throw new ServiceUnavailableException(
        'working out who to tell stopped part way (the planning thread ended); nothing was stored, so try again',
      );
    }
  }

  async onApplicationShutdown(): Promise<void> {
    // After the HTTP server has closed: what is running finishes, then the threads end.
    await this.pool.close();
  }
}

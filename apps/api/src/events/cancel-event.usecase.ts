import { Injectable } from '@nestjs/common';
import { cancellationRows } from '@member-alerts/protocol';
import { checkOneLine, NewVersionWriter, type ChangeEventCommand } from './new-version.writer';

/** A cancellation: a last version, told to everyone any earlier version named. */
@Injectable()
export class CancelEventUseCase {
  constructor(private readonly versions: NewVersionWriter) {}

  execute(cmd: ChangeEventCommand & { reason?: unknown }) {
    const reason = cmd.reason;
    checkOneLine('reason', reason);
    return this.versions.write(cmd, {
      // Nothing to plan: the cancellation is built from the version it finds locked.
      prepare: () => Promise.resolve(null),
      build: async (m, current) => {
        const prior = await this.versions.supersede(m, current);
        const rows = cancellationRows(current.id, current.version + 1, prior, new Date());
        const changes = [
          typeof reason === 'string' && reason.trim() ? `cancelled: ${reason.trim()}` : 'cancelled',
        ];
        return {
          payload: current.payload,
          plan: current.plan,
          rows,
          changes,
          status: 'cancelled',
          title: current.title,
          generationId: current.generationId,
        };
      },
    });
  }
}

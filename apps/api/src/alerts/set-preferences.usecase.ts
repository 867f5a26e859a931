import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { MemberEntity } from '@member-alerts/persistence';
import { DIGEST_AT } from '@member-alerts/protocol';
import { mobileInWords } from '@member-alerts/roster';
import { DataSource } from 'typeorm';
import { appendAudit } from '../audit/audit.util';

export interface Preferences {
  quietHoursStart: string | null;
  quietHoursEnd: string | null;
  digest: boolean;
  /** +447…; null removes it; left out, it stays. */
  mobile?: string | null;
}

export interface SetPreferencesCommand {
  readonly actor: string;
  readonly memberId: string;
  readonly preferences: Preferences;
}

function view(m: MemberEntity) {
  return {
    quietHoursStart: m.quietHoursStart,
    quietHoursEnd: m.quietHoursEnd,
    digest: m.digest,
    mobile: m.mobile ? mobileInWords(m.mobile) : null,
    mobileFailedAt: m.mobile && m.mobileFailed === m.mobile ? m.mobileFailedAt : null,
    digestAt: DIGEST_AT,
    timeZone: 'Europe/London',
  };
}

/** A member's own quiet hours and digest choice: stored with an audit line, and read back as stored. */
@Injectable()
export class SetPreferencesUseCase {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async current(memberId: string) {
    return view(await this.db.manager.findOneByOrFail(MemberEntity, { id: memberId }));
  }

  execute(cmd: SetPreferencesCommand) {
    const { memberId: id, preferences: prefs } = cmd;
    return this.db.transaction(async (m) => {
      await m.update(MemberEntity, { id }, prefs);
      await appendAudit(m, [
        {
          actor: cmd.actor,
          action: 'member.preferences',
          // Whether a number was given, not the number.
          details: {
            memberId: id,
            ...prefs,
            ...(prefs.mobile !== undefined ? { mobile: prefs.mobile ? 'given' : 'removed' } : {}),
          },
        },
      ]);
      return view(await m.findOneByOrFail(MemberEntity, { id }));
    });
  }
}

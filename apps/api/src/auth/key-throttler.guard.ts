import { type ExecutionContext, Injectable } from '@nestjs/common';
import { ThrottlerGuard, type ThrottlerLimitDetail } from '@nestjs/throttler';
import { TooManyRequestsError } from '../common/too-many-requests.error';

/**
 * The budget of RATE_LIMIT_PER_MINUTE requests, per proven API key or session and otherwise per
 * caller address, answered with Retry-After and in plain words.
 */
@Injectable()
export class KeyThrottlerGuard extends ThrottlerGuard {
  protected override throwThrottlingException(
    _context: ExecutionContext,
    detail: ThrottlerLimitDetail,
  ): Promise<void> {
    const wait = Math.max(1, Math.ceil(detail.timeToBlockExpire));
    return Promise.reject(
      new TooManyRequestsError(
        `more than ${detail.limit} requests a minute came ${detail.tracker.startsWith('ip:') ? 'from your address' : 'with this API key'}`,
        wait,
      ),
    );
  }
}

import { HttpException, HttpStatus } from '@nestjs/common';

/** A 429 that says, in Retry-After and in words, when to try again. */
export class TooManyRequestsError extends HttpException {
  constructor(
    why: string,
    readonly retryAfterSeconds: number,
  ) {
    const s = retryAfterSeconds === 1 ? '' : 's';
    super(`${why}: try again in ${retryAfterSeconds} second${s}`, HttpStatus.TOO_MANY_REQUESTS);
    this.name = 'TooManyRequestsError';
  }
}

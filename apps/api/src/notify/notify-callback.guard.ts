import {
  type CanActivate,
  type ExecutionContext,
  Inject,
  Injectable,
  UnauthorizedException,
} from '@nestjs/common';
import type { Request } from 'express';
import { extractKey } from '../auth/api-key.util';
import { sameSecret } from '../auth/secret-hash.util';
import { APP_CONFIG, type AppConfig } from '../config/app-config';

/**
 * GOV.UK Notify sends its callbacks with the bearer token the council gave it
 * (NOTIFY_CALLBACK_TOKEN); it is checked, in constant time, before the body is read.
 */
@Injectable()
export class NotifyCallbackGuard implements CanActivate {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  canActivate(context: ExecutionContext): boolean {
    const token = this.config.notifyCallbackToken;
    if (token === undefined)
      throw new UnauthorizedException(
        'this installation takes no delivery receipts: set NOTIFY_CALLBACK_TOKEN, and give GOV.UK Notify the same token',
      );
    if (sameSecret(extractKey(context.switchToHttp().getRequest<Request>()), token)) return true;
    throw new UnauthorizedException(
      'send the callback token GOV.UK Notify was given: "Authorization: Bearer <NOTIFY_CALLBACK_TOKEN>"',
    );
  }
}

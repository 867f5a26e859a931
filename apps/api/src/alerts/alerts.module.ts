import { Module } from '@nestjs/common';
import { AcknowledgeAlertUseCase } from './acknowledge-alert.usecase';
import { AcknowledgeController } from './acknowledge.controller';
import { AcknowledgerService } from './acknowledger.service';
import { AlertQueryService } from './alert-query.service';
import { AlertsController } from './alerts.controller';
import { PreferencesController } from './preferences.controller';
import { SetPreferencesUseCase } from './set-preferences.usecase';

/** What members and the Leader see: their alerts, acknowledgements and escalations. */
@Module({
  controllers: [AlertsController, AcknowledgeController, PreferencesController],
  providers: [AcknowledgeAlertUseCase, AcknowledgerService, AlertQueryService, SetPreferencesUseCase],
})
export class AlertsModule {}

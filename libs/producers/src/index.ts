export {
  PRODUCER_SOURCES,
  type ProducedEvent,
  type ProducerOutcome,
  type ProducerSource,
} from './lib/producer-outcome.types';
export { mapStreetManager } from './lib/street-manager/map-street-manager';
export {
  EMPTY_STREET_MANAGER_STATE,
  type RoadWorksBody,
  type SnsKind,
  type StreetManagerCouncil,
  type StreetManagerResult,
  type StreetManagerState,
  type WorksFields,
  type WorksState,
} from './lib/street-manager/street-manager.types';
export { readWorksGeometry } from './lib/street-manager/works-geometry.util';
export {
  type CitizenSpaceOutcome,
  type CitizenSpaceResult,
  type ConsultationAreaTable,
  type ConsultationBody,
  mapCitizenSpace,
} from './lib/citizen-space/map-citizen-space';
export { htmlToText } from './lib/citizen-space/html-text.util';

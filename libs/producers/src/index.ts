export {
  PRODUCER_SOURCES,
  type ProducedEvent,
  type ProducerOutcome,
  type ProducerSource,
} from './lib/producer-outcome.types';
export { duplicateReason, mapStreetManager } from './lib/street-manager/map-street-manager';
export { readSnsPayload } from './lib/street-manager/sns-envelope.util';
export {
  EMPTY_STREET_MANAGER_STATE,
  SNS_TYPES,
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
export {
  type CouncilPlace,
  type CouncilPlacesOptions,
  type CouncilPlacesResult,
  type PostcodeLocator,
  readCouncilPlaces,
} from './lib/places/council-places';
export {
  findPlaces,
  type Gazetteer,
  MAX_POSTCODES,
  type PlaceFound,
  type PlacesInText,
  type PostcodeFinder,
} from './lib/places/find-places';
export { type ParsedMail, readMail } from './lib/mail/read-mail';
export {
  type Draft,
  type DraftKind,
  type DraftSource,
  type MailOptions,
  type MailResult,
  mailToDraft,
  readMailDraft,
  whyIgnored,
} from './lib/mail/mail-draft';
export {
  EMPTY_WHATDOTHEYKNOW_STATE,
  mapWhatDoTheyKnow,
  type WhatDoTheyKnowItem,
  type WhatDoTheyKnowOptions,
  type WhatDoTheyKnowResult,
  type WhatDoTheyKnowState,
} from './lib/whatdotheyknow/map-whatdotheyknow';

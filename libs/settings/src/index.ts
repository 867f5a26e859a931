export {
  ConfigError,
  configOrExit,
  type Env,
  existingFile,
  matching,
  oneOf,
  readSettings,
  type Setting,
  text,
  wholeNumber,
  webAddress,
  yesNo,
} from './lib/setting-readers';
export { readSharedSettings, type SharedSettings } from './lib/shared-settings';

export type { CalendarPart } from './lib/calendar';
export {
  composeDigest,
  digestItem,
  digestMessage,
  type DigestItem,
  type DigestVersion,
} from './lib/compose-digest';
export { composeMessage, whatToDo } from './lib/compose-message';
export { composeSignInLink } from './lib/compose-sign-in-link';
export { composeText, MAX_TEXT_FRAGMENTS, smsFragments, type TextMessage } from './lib/compose-text';
export type { Addressee, Message, MessageSubject } from './lib/message';
export {
  contactOf,
  councilWording,
  fromAddress,
  senderAsContact,
  type CouncilWording,
  type MessageInput,
} from './lib/message-input';

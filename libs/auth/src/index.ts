export { type AckCheck, ackLink, checkAck, eventPageLink, signAck } from './lib/ack-token';
export { ackSecretSetting, DEVELOPMENT_ACK_SECRET_FILE } from './lib/ack-secret';
export { SIGN_IN_LINK_MINUTES, signInLinkToken, signInLinkUrl } from './lib/sign-in-link-token';

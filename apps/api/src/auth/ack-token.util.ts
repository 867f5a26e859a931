export { type AckCheck, ackLink, checkAck, signAck } from '@member-alerts/auth';

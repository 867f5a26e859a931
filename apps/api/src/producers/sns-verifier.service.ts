import { createVerify, X509Certificate } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { SIGNATURE_ALGORITHM, type SnsMessage, snsStringToSign } from './sns-message.util';
import { isTrustedCertUrl } from './sns-trust.util';

// SNS signs with a handful of certificates per region; a bound keeps a stream of forged URLs (each
// refused before fetching, but still) from growing the cache without limit.
const MAX_CERTIFICATES = 32;
const CERTIFICATE_TTL_MS = 24 * 60 * 60 * 1000;
const FETCH_TIMEOUT_MS = 5_000;
const MAX_CERTIFICATE_CHARS = 16 * 1024;

/** Whether a message passed every check, and if not why, in plain words. */
export type SnsCheck = { ok: true } | { ok: false; reason: string };

/**
 * Checks that a message was signed by Amazon SNS for one of the council's topics: the topic, the
 * certificate's address, then the signature (SignatureVersion 1, SHA1withRSA, or 2, SHA256withRSA).
 */
@Injectable()
export class SnsVerifierService {
  private readonly certificates = new Map<string, { cert: X509Certificate; until: number }>();

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  async check(m: SnsMessage): Promise<SnsCheck> {
    const { topicArns, trustedCertUrlPrefix } = this.config.streetManager;
    if (!topicArns.includes(m.TopicArn))
      return { ok: false, reason: 'the message comes from a topic this council does not accept' };
    if (!isTrustedCertUrl(m.SigningCertURL, trustedCertUrlPrefix))
      return { ok: false, reason: 'the signing certificate is not on an Amazon SNS address' };
    const cert = await this.certificate(m.SigningCertURL);
    if (!cert) return { ok: false, reason: 'the signing certificate could not be read' };
    const now = Date.now();
    if (Date.parse(cert.validFrom) > now || Date.parse(cert.validTo) < now)
      return { ok: false, reason: 'the signing certificate is not in force' };
    const verifier = createVerify(SIGNATURE_ALGORITHM[m.SignatureVersion]);
    verifier.update(snsStringToSign(m), 'utf8');
    let valid = false;
    try {
      valid = verifier.verify(cert.publicKey, m.Signature, 'base64');
    } catch {
      valid = false;
    }
    return valid ? { ok: true } : { ok: false, reason: 'the signature does not match the message' };
  }

  private async certificate(url: string): Promise<X509Certificate | undefined> {
    const cached = this.certificates.get(url);
    if (cached && cached.until > Date.now()) return cached.cert;
    const cert = await fetchCertificate(url);
    if (!cert) return undefined;
    this.certificates.delete(url);
    if (this.certificates.size >= MAX_CERTIFICATES) {
      const oldest = this.certificates.keys().next();
      if (!oldest.done) this.certificates.delete(oldest.value);
    }
    this.certificates.set(url, { cert, until: Date.now() + CERTIFICATE_TTL_MS });
    return cert;
  }
}

async function fetchCertificate(url: string): Promise<X509Certificate | undefined> {
  try {
    const r = await fetch(url, { redirect: 'error', signal: AbortSignal.timeout(FETCH_TIMEOUT_MS) });
    if (!r.ok) return undefined;
    const pem = await r.text();
    if (pem.length > MAX_CERTIFICATE_CHARS) return undefined;
    return new X509Certificate(pem);
  } catch {
    return undefined;
  }
}

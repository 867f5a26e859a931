import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './app-config';

const BASE = { NODE_ENV: 'test', ACK_SECRET: 'a-test-secret-of-at-least-thirty-two-characters' };
const OIDC = {
  OIDC_ISSUER_URL: 'https://login.microsoftonline.com/tenant-id/v2.0',
  OIDC_CLIENT_ID: 'client-id',
  OIDC_CLIENT_SECRET: 'client-secret',
};

function problems(env: Record<string, string>): readonly string[] {
  try {
    loadConfig({ ...BASE, ...env });
    return [];
  } catch (e) {
    if (e instanceof ConfigError) return e.problems;
    throw e;
  }
}

describe('single sign-on settings', () => {
  it('are off when none is set, with the session timeouts at their defaults', () => {
    const c = loadConfig(BASE);
    expect(c.oidc).toBeUndefined();
    expect(c.sessionIdleMinutes).toBe(480);
    expect(c.sessionMaxHours).toBe(168);
  });

  it('take the scopes and roles claim defaults, and a role map', () => {
    const c = loadConfig({ ...BASE, ...OIDC, OIDC_ROLE_MAP: '{"MemberAlerts.Officer":"officer"}' });
    expect(c.oidc).toMatchObject({
      scopes: 'openid profile email',
      rolesClaim: 'roles',
      roleMap: { 'MemberAlerts.Officer': 'officer' },
    });
  });

  it('need all three of issuer, client id and secret, naming those missing', () => {
    expect(problems({ OIDC_ISSUER_URL: OIDC.OIDC_ISSUER_URL })).toEqual([
      'single sign-on needs all of OIDC_ISSUER_URL, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET; OIDC_CLIENT_ID, OIDC_CLIENT_SECRET not set',
    ]);
  });

  it('refuse a role map that is not JSON, or that names a role we do not have', () => {
    expect(problems({ ...OIDC, OIDC_ROLE_MAP: '{oops' })[0]).toMatch(/OIDC_ROLE_MAP must be JSON/);
    expect(problems({ ...OIDC, OIDC_ROLE_MAP: '{"Admins":"admin"}' })[0]).toMatch(
      /maps "Admins" to "admin"; the roles are officer, democratic_services, member, leader/,
    );
  });

  it('need an https PUBLIC_URL in production', () => {
    const env = {
      ...OIDC,
      NODE_ENV: 'production',
      DATABASE_URL: 'postgres://db/x',
      PUBLIC_URL: 'http://alerts.example',
    };
    expect(problems(env)).toContain('PUBLIC_URL must be https when single sign-on is on in production');
  });
});

describe('BOOTSTRAP_ADMIN_EMAIL', () => {
  it('is one address, kept in lower case, and anything else stops start-up', () => {
    expect(
      loadConfig({ ...BASE, BOOTSTRAP_ADMIN_EMAIL: ' IT.Lead@Council.gov.uk ' }).bootstrapAdminEmail,
    ).toBe('it.lead@council.gov.uk');
    expect(loadConfig(BASE).bootstrapAdminEmail).toBeUndefined();
    expect(problems({ BOOTSTRAP_ADMIN_EMAIL: 'it.lead, ds@council.gov.uk' })).toContain(
      'BOOTSTRAP_ADMIN_EMAIL must be one e-mail address, such as it.admin@council.gov.uk',
    );
  });
});

describe('COUNCIL', () => {
  it('names a council with a folder of its own in fixtures/, and anything else stops start-up naming those there are', () => {
    expect(loadConfig(BASE).councilSlug).toBe('leicestershire');
    expect(loadConfig({ ...BASE, COUNCIL: 'nottinghamshire' }).councilSlug).toBe('nottinghamshire');
    expect(problems({ COUNCIL: 'rutland' })).toEqual([
      'COUNCIL is "rutland", but there is no fixtures/rutland/policy.yaml with its rules: the councils in fixtures/ are leicestershire, nottinghamshire',
    ]);
    // Hertfordshire's folder holds flawed boundaries for tests, and no rules.
    expect(problems({ COUNCIL: 'hertfordshire' })).toHaveLength(1);
  });
});

describe('Street Manager settings', () => {
  const TOPIC = 'arn:aws:sns:eu-west-2:123456789012:street-manager-permits';

  it('read comma-separated topics and highway authority codes; none means every message is refused', () => {
    expect(loadConfig(BASE).streetManager).toEqual({ topicArns: [], swaCodes: [] });
    const c = loadConfig({
      ...BASE,
      STREET_MANAGER_TOPIC_ARNS: ` ${TOPIC} ,`,
      STREET_MANAGER_SWA_CODES: '2480, 2465',
    });
    expect(c.streetManager).toEqual({ topicArns: [TOPIC], swaCodes: ['2480', '2465'] });
  });

  it('refuse a topic that is not an SNS topic ARN, and a code that is not a code', () => {
    const found = problems({
      STREET_MANAGER_TOPIC_ARNS: 'street-manager',
      STREET_MANAGER_SWA_CODES: '24 80',
    });
    expect(found.join('\n')).toContain('STREET_MANAGER_TOPIC_ARNS must list SNS topic ARNs');
    expect(found.join('\n')).toContain('STREET_MANAGER_SWA_CODES must list highway authority codes');
  });

  it('trust a loopback certificate prefix in tests only, and only one that cannot match more than it says', () => {
    const prefix = 'http://127.0.0.1:4000/';
    expect(
      loadConfig({ ...BASE, STREET_MANAGER_TRUSTED_CERT_URL_PREFIX: prefix }).streetManager,
    ).toMatchObject({
      trustedCertUrlPrefix: prefix,
    });
    for (const NODE_ENV of ['production', 'development']) {
      expect(
        problems({
          NODE_ENV,
          DATABASE_URL: 'postgres://db/x',
          STREET_MANAGER_TRUSTED_CERT_URL_PREFIX: prefix,
        }),
      ).toContain(
        'STREET_MANAGER_TRUSTED_CERT_URL_PREFIX is for tests only and cannot be set unless NODE_ENV=test',
      );
    }
    for (const wide of [
      'http://127.0.0.1:4000',
      'http://example.org/',
      'https://10.0.0.1/',
      'http://127.0.0.1.nip.io/',
    ]) {
      expect(problems({ STREET_MANAGER_TRUSTED_CERT_URL_PREFIX: wide }), wide).toContain(
        'STREET_MANAGER_TRUSTED_CERT_URL_PREFIX must be a loopback URL ending in "/", such as http://127.0.0.1:4000/',
      );
    }
  });

  it('take a contact for works alerts only as a name and an e-mail address together', () => {
    expect(
      loadConfig({
        ...BASE,
        STREET_MANAGER_CONTACT_NAME: ' Highways Network Team ',
        STREET_MANAGER_CONTACT_EMAIL: 'highways@leics.example',
      }).streetManager.contact,
    ).toEqual({ name: 'Highways Network Team', email: 'highways@leics.example' });
    expect(problems({ STREET_MANAGER_CONTACT_EMAIL: 'highways@leics.example' })).toEqual([
      'Street Manager alerts need both STREET_MANAGER_CONTACT_NAME and STREET_MANAGER_CONTACT_EMAIL, the officer members should ask about works',
    ]);
    expect(
      problems({ STREET_MANAGER_CONTACT_NAME: 'Highways', STREET_MANAGER_CONTACT_EMAIL: 'highways' }),
    ).toEqual(['STREET_MANAGER_CONTACT_EMAIL must be one e-mail address, such as highways@council.gov.uk']);
  });

  // Addresses the worker's calendar library refuses: every works invitation would fail, silently.
  it.each(['highways@leics..example', 'highways@-leics.example', 'highways@leics.example?subject=x'])(
    'refuse a contact address the invitations cannot carry, %s, and so does BOOTSTRAP_ADMIN_EMAIL',
    (email) => {
      expect(
        problems({ STREET_MANAGER_CONTACT_NAME: 'Highways', STREET_MANAGER_CONTACT_EMAIL: email }),
      ).toEqual(['STREET_MANAGER_CONTACT_EMAIL must be one e-mail address, such as highways@council.gov.uk']);
      expect(problems({ BOOTSTRAP_ADMIN_EMAIL: email })).toContain(
        'BOOTSTRAP_ADMIN_EMAIL must be one e-mail address, such as it.admin@council.gov.uk',
      );
    },
  );
});

describe('web addresses people are sent to', () => {
  it('refuse user info, which hides the host', () => {
    expect(problems({ PUBLIC_URL: 'https://alerts.leics.gov.uk@evil.example/' })).toContain(
      'PUBLIC_URL must not have a user name or password (the part before an @)',
    );
    expect(problems({ PUBLIC_URL: 'https://alerts.leics.gov.uk/' })).toEqual([]);
  });
});

describe('Redis Cluster settings', () => {
  it('take the cluster nodes, and the hash-tagged prefix by default', () => {
    const c = loadConfig({ ...BASE, REDIS_CLUSTER_NODES: 'redis-1:7000, 10.0.0.2:7001,[::1]:7002' });
    expect(c.redisClusterNodes).toEqual([
      { host: 'redis-1', port: 7000 },
      { host: '10.0.0.2', port: 7001 },
      { host: '::1', port: 7002 },
    ]);
    expect(c.queuePrefix).toBe('{member-alerts}');
    expect(loadConfig(BASE).redisClusterNodes).toBeUndefined();
  });

  it('refuse a node that is not host:port, naming it', () => {
    expect(problems({ REDIS_CLUSTER_NODES: 'redis-1:7000,redis-2' })).toEqual([
      'REDIS_CLUSTER_NODES must be host:port pairs separated by commas, such as redis-1:6379,redis-2:6379 ("redis-2" is not one)',
    ]);
    expect(problems({ REDIS_CLUSTER_NODES: 'redis-1:70000' })[0]).toMatch(/"redis-1:70000" is not one/);
    expect(problems({ REDIS_CLUSTER_NODES: ' , ' })).toEqual([
      'REDIS_CLUSTER_NODES names no node; give host:port of one or more nodes',
    ]);
  });

  it('refuse REDIS_URL as well, and a prefix without a hash tag', () => {
    expect(problems({ REDIS_CLUSTER_NODES: 'redis-1:7000', REDIS_URL: 'redis://redis:6379' })).toEqual([
      'set REDIS_URL for one Redis or REDIS_CLUSTER_NODES for a Redis Cluster, not both',
    ]);
    expect(problems({ REDIS_CLUSTER_NODES: 'redis-1:7000', QUEUE_PREFIX: 'leics-alerts' })[0]).toMatch(
      /^QUEUE_PREFIX must start with a hash tag in braces on a Redis Cluster, such as \{member-alerts\}/,
    );
    expect(problems({ REDIS_CLUSTER_NODES: 'redis-1:7000', QUEUE_PREFIX: '{}alerts' })).toHaveLength(1);
    expect(problems({ QUEUE_PREFIX: 'leics-alerts' })).toEqual([]);
  });
});

describe('POLICY_FILE', () => {
  it("names the council's rules; unset, the API reads the file that ships, and a file that is not there stops start-up", () => {
    const shipped = join(__dirname, '..', '..', '..', '..', 'fixtures', 'leicestershire', 'policy.yaml');
    expect(loadConfig({ ...BASE, POLICY_FILE: shipped }).policyFile).toBe(shipped);
    expect(loadConfig(BASE).policyFile).toBeUndefined();
    expect(problems({ POLICY_FILE: '/nowhere/policy.yaml' })).toEqual([
      'POLICY_FILE names a file that is not there: /nowhere/policy.yaml',
    ]);
  });
});

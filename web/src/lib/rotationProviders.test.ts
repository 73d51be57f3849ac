import { describe, expect, it } from 'vitest';
import {
  PROVIDERS,
  checkFields,
  collectFields,
  guessProvider,
  initialValues,
  parseExtraFields,
  providerSpec,
  type ManagedProvider,
} from './rotationProviders';

const managed = (id: string) => providerSpec(id as ManagedProvider['id']) as ManagedProvider;

describe('rotation providers', () => {
  it('names every provider the server rotates, and Stripe as a manual one', () => {
    expect(PROVIDERS.map((p) => p.id)).toEqual([
      'postgresql',
      'aws-iam',
      'openai',
      'sendgrid',
      'twilio',
      'webhook',
      'stripe',
    ]);
    expect(providerSpec('stripe').kind).toBe('manual');
    for (const p of PROVIDERS) {
      if (p.kind !== 'managed') continue;
      expect(p.permission).not.toBe('');
      // At least one secret in each credential, and every secret is required.
      expect(p.credential.some((f) => f.secret)).toBe(true);
      for (const f of p.credential.filter((c) => c.secret)) expect(f.required).toBe(true);
    }
  });

  it('credential and target fields are those of docs/rotation.md', () => {
    const keys = (id: string) => ({
      credential: managed(id).credential.map((f) => f.key),
      target: managed(id).target.map((f) => f.key),
    });
    expect(keys('postgresql')).toEqual({
      credential: ['host', 'port', 'database', 'username', 'password', 'sslmode'],
      target: ['roles', 'current_role'],
    });
    expect(keys('aws-iam')).toEqual({
      credential: ['access_key_id', 'secret_access_key'],
      target: ['user_name', 'current_access_key_id'],
    });
    expect(keys('openai')).toEqual({
      credential: ['admin_key'],
      target: ['project_id', 'current_service_account_id', 'name'],
    });
    expect(keys('sendgrid')).toEqual({
      credential: ['api_key'],
      target: ['scopes', 'current_api_key_id', 'name'],
    });
    expect(keys('twilio')).toEqual({
      credential: ['account_sid', 'auth_token'],
      target: ['current_key_sid', 'name'],
    });
    expect(keys('webhook')).toEqual({
      credential: ['url', 'signing_secret'],
      target: ['current_ref', 'test_url'],
    });
  });

  it('guesses the provider from the key service, PostgreSQL otherwise', () => {
    expect(guessProvider('stripe')).toBe('stripe');
    expect(guessProvider('aws')).toBe('aws-iam');
    expect(guessProvider('openai')).toBe('openai');
    expect(guessProvider('sendgrid')).toBe('sendgrid');
    expect(guessProvider('twilio')).toBe('twilio');
    expect(guessProvider('github')).toBe('postgresql');
    expect(guessProvider(undefined)).toBe('postgresql');
  });

  it('says which required field is missing and which one is malformed', () => {
    const aws = managed('aws-iam');
    expect(checkFields(aws.credential, initialValues(aws.credential))).toEqual({
      access_key_id: 'Admin access key ID is required.',
      secret_access_key: 'Admin secret access key is required.',
    });
    expect(
      checkFields(aws.credential, { access_key_id: 'abc', secret_access_key: 'x'.repeat(40) }),
    ).toEqual({ access_key_id: 'An access key ID starts with AKIA (or ASIA).' });
    const pg = managed('postgresql');
    expect(checkFields(pg.credential, { ...initialValues(pg.credential), port: '70000' })).toEqual(
      expect.objectContaining({
        port: 'A port number, 1 to 65535.',
        username: 'Admin user is required.',
      }),
    );
    // Optional fields may stay empty.
    expect(checkFields(managed('twilio').target, {})).toEqual({});
  });

  it('sends trimmed values, drops empty optional fields, joins lists without spaces', () => {
    const sg = managed('sendgrid');
    expect(
      collectFields(sg.target, {
        scopes: ' mail.send, templates.read ',
        current_api_key_id: '',
        name: ' app ',
      }),
    ).toEqual({ scopes: 'mail.send,templates.read', name: 'app' });
    expect(checkFields(sg.target, { scopes: 'mail.send, templates.read' })).toEqual({});
  });

  it('reads extra webhook fields, one name=value a line', () => {
    expect(parseExtraFields('service=billing\n\n env = prod ', ['current_ref'])).toEqual({
      ok: true,
      fields: { service: 'billing', env: 'prod' },
    });
    expect(parseExtraFields('Service=billing', [])).toMatchObject({ ok: false });
    expect(parseExtraFields('nothing here', [])).toMatchObject({ ok: false });
    expect(parseExtraFields('current_ref=x', ['current_ref'])).toEqual({
      ok: false,
      message: 'current_ref is given twice.',
    });
  });
});

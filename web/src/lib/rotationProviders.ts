/**
 * The providers managed rotation can connect (docs/rotation.md, "Providers"), as one table the
 * set-up form is drawn from: each provider's connection credential (the admin credential, sent
 * once and kept sealed by the server) and its target (what to rotate there), with labels, hints
 * and the checks the server makes, so a mistake is shown before anything is sent. Stripe is here
 * too, as a manual provider: its secret keys cannot be made or revoked through its API.
 */

export type RotationProviderId =
  'postgresql' | 'aws-iam' | 'openai' | 'sendgrid' | 'twilio' | 'webhook';
export type ProviderChoice = RotationProviderId | 'stripe';

export interface FieldSpec {
  /** The field's name in the request body. */
  key: string;
  label: string;
  /** One short line under the field. */
  hint?: string;
  placeholder?: string;
  /** A secret: a password input, never shown back. */
  secret?: boolean;
  required?: boolean;
  /** The value the form starts with. */
  initial?: string;
  /** A fixed choice instead of free text. */
  options?: readonly { value: string; label: string }[];
  /** What the value must look like (after trimming), and what to say when it does not. */
  pattern?: RegExp;
  patternMessage?: string;
  /** Turns the typed value into the one sent (after trimming). */
  normalize?: (value: string) => string;
}

export interface ManagedProvider {
  id: RotationProviderId;
  label: string;
  kind: 'managed';
  /** What the admin credential must be allowed to do, in one sentence. */
  permission: string;
  /** How a rotation goes at this provider, in one sentence. */
  how: string;
  credential: readonly FieldSpec[];
  target: readonly FieldSpec[];
  /** Webhook only: extra lower-case target fields, passed on to the endpoint. */
  extraTargetFields?: boolean;
  /** A name for a new connection when none is typed. */
  defaultName: (credential: Record<string, string>) => string;
}

export interface ManualProvider {
  id: 'stripe';
  label: string;
  kind: 'manual';
}

export type ProviderSpec = ManagedProvider | ManualProvider;

const NAME_FIELD: FieldSpec = {
  key: 'name',
  label: 'Name prefix for new keys (optional)',
  hint: 'Each new key is named with it and the date; "keyhaven" if empty.',
  placeholder: 'keyhaven',
  pattern: /^[A-Za-z0-9 _.-]{1,40}$/,
  patternMessage: 'Letters, digits, space, _ . - (40 at most).',
};

const ROLE = /^[a-z_][a-z0-9_]{0,62}$/;
const noSpaces = (v: string) => v.replace(/\s+/g, '');

export const PROVIDERS: readonly ProviderSpec[] = [
  {
    id: 'postgresql',
    label: 'PostgreSQL',
    kind: 'managed',
    permission: 'The admin user needs ALTER ROLE on both login roles (CREATEROLE).',
    how: 'PostgreSQL passwords rotate by alternating two login roles, so no open connection breaks.',
    credential: [
      {
        key: 'host',
        label: 'Host',
        required: true,
        placeholder: 'db.example.com',
        pattern: /^([A-Za-z0-9.-]{1,253}|\[?[0-9a-fA-F:]{2,45}\]?)$/,
        patternMessage: 'A host name or IP address, without a scheme or port.',
      },
      {
        key: 'port',
        label: 'Port',
        initial: '5432',
        pattern: /^\d{1,5}$/,
        patternMessage: 'A port number, 1 to 65535.',
      },
      {
        key: 'database',
        label: 'Database',
        required: true,
        pattern: /^[A-Za-z0-9_-]{1,63}$/,
        patternMessage: 'Letters, digits, _ and - (63 at most).',
      },
      {
        key: 'username',
        label: 'Admin user (may ALTER ROLE)',
        required: true,
        pattern: ROLE,
        patternMessage: 'A role name: lower-case letters, digits and _.',
      },
      { key: 'password', label: 'Admin password', required: true, secret: true },
      {
        key: 'sslmode',
        label: 'TLS',
        initial: 'require',
        options: [
          { value: 'require', label: 'require' },
          { value: 'verify-full', label: 'verify-full' },
          { value: 'disable', label: 'disable (local only)' },
        ],
      },
    ],
    target: [
      {
        key: 'roles',
        label: 'Two login roles used in turn',
        required: true,
        placeholder: 'app_blue,app_green',
        normalize: noSpaces,
        pattern: /^[a-z_][a-z0-9_]{0,62},[a-z_][a-z0-9_]{0,62}$/,
        patternMessage: 'Two role names separated by a comma: app_blue,app_green.',
      },
      {
        key: 'current_role',
        label: 'Role in use now',
        placeholder: 'app_blue',
        pattern: ROLE,
        patternMessage: 'A role name: lower-case letters, digits and _.',
      },
    ],
    defaultName: (c) => c.host ?? 'PostgreSQL',
  },
  {
    id: 'aws-iam',
    label: 'AWS IAM',
    kind: 'managed',
    permission:
      'The admin access key needs iam:CreateAccessKey, iam:UpdateAccessKey and iam:DeleteAccessKey on the user.',
    how: 'A new access key is made for the IAM user; the old one is deactivated, then deleted. AWS allows two per user, so the user must have one free.',
    credential: [
      {
        key: 'access_key_id',
        label: 'Admin access key ID',
        required: true,
        placeholder: 'AKIA…',
        pattern: /^(AKIA|ASIA)[A-Z0-9]{12,124}$/,
        patternMessage: 'An access key ID starts with AKIA (or ASIA).',
      },
      {
        key: 'secret_access_key',
        label: 'Admin secret access key',
        required: true,
        secret: true,
        pattern: /^[A-Za-z0-9/+=]{20,128}$/,
        patternMessage: 'A secret access key is 40 letters, digits, / + or =.',
      },
    ],
    target: [
      {
        key: 'user_name',
        label: 'IAM user whose key rotates',
        required: true,
        placeholder: 'app-deployer',
        pattern: /^[\w+=,.@-]{1,64}$/,
        patternMessage: 'An IAM user name: letters, digits and + = , . @ _ - (64 at most).',
      },
      {
        key: 'current_access_key_id',
        label: 'Access key ID in use now (optional)',
        hint: 'Retired after the first rotation’s grace period; left alone if empty.',
        placeholder: 'AKIA…',
        pattern: /^(AKIA|ASIA)[A-Z0-9]{12,124}$/,
        patternMessage: 'An access key ID starts with AKIA (or ASIA).',
      },
    ],
    defaultName: () => 'AWS IAM',
  },
  {
    id: 'openai',
    label: 'OpenAI',
    kind: 'managed',
    permission: 'An organization admin key (sk-admin-…) made by an Owner.',
    how: 'A new service account with its own API key is made in the project; the old one is deleted.',
    credential: [
      {
        key: 'admin_key',
        label: 'Admin key',
        required: true,
        secret: true,
        placeholder: 'sk-admin-…',
        pattern: /^(sk-admin-[A-Za-z0-9_-]{8,300}|sk-[A-Za-z0-9_-]{20,300})$/,
        patternMessage: 'An OpenAI admin key starts with sk-admin-.',
      },
    ],
    target: [
      {
        key: 'project_id',
        label: 'Project ID',
        required: true,
        placeholder: 'proj_…',
        pattern: /^proj_[A-Za-z0-9]{4,64}$/,
        patternMessage: 'A project ID starts with proj_.',
      },
      {
        key: 'current_service_account_id',
        label: 'Service account in use now (optional)',
        hint: 'Deleted after the first rotation’s grace period; left alone if empty.',
        placeholder: 'svc_acct_…',
        pattern: /^(svc_acct_[A-Za-z0-9]{4,64}|user-[A-Za-z0-9]{4,64})$/,
        patternMessage: 'A service account ID starts with svc_acct_.',
      },
      NAME_FIELD,
    ],
    defaultName: () => 'OpenAI',
  },
  {
    id: 'sendgrid',
    label: 'SendGrid',
    kind: 'managed',
    permission: 'An API key with API Key Management: full access (the api_keys scope).',
    how: 'A new API key with the scopes below is made; the old one is deleted.',
    credential: [
      {
        key: 'api_key',
        label: 'Admin API key',
        required: true,
        secret: true,
        placeholder: 'SG.…',
        pattern: /^SG\.[A-Za-z0-9_-]{10,100}\.[A-Za-z0-9_-]{10,100}$/,
        patternMessage: 'A SendGrid API key looks like SG.xxxx.yyyy.',
      },
    ],
    target: [
      {
        key: 'scopes',
        label: 'Scopes of the new key',
        required: true,
        placeholder: 'mail.send',
        hint: 'Comma-separated, as in SendGrid: mail.send,templates.read',
        normalize: noSpaces,
        pattern: /^[a-z0-9_.]{2,80}(,[a-z0-9_.]{2,80})*$/,
        patternMessage: 'Scope names separated by commas: mail.send,templates.read.',
      },
      {
        key: 'current_api_key_id',
        label: 'API key ID in use now (optional)',
        hint: 'Deleted after the first rotation’s grace period; left alone if empty.',
        pattern: /^[A-Za-z0-9_-]{8,100}$/,
        patternMessage: 'SendGrid’s ID of the key (the middle part of SG.<id>.<secret>).',
      },
      NAME_FIELD,
    ],
    defaultName: () => 'SendGrid',
  },
  {
    id: 'twilio',
    label: 'Twilio',
    kind: 'managed',
    permission: 'The account SID and its auth token (the account’s main credential).',
    how: 'A new API key (SID and secret) is made on the account; the old one is deleted.',
    credential: [
      {
        key: 'account_sid',
        label: 'Account SID',
        required: true,
        placeholder: 'AC…',
        pattern: /^AC[0-9a-f]{32}$/,
        patternMessage: 'AC followed by 32 hex digits.',
      },
      {
        key: 'auth_token',
        label: 'Auth token',
        required: true,
        secret: true,
        pattern: /^[0-9A-Za-z]{32,64}$/,
        patternMessage: 'The auth token is 32 letters and digits.',
      },
    ],
    target: [
      {
        key: 'current_key_sid',
        label: 'API key SID in use now (optional)',
        hint: 'Deleted after the first rotation’s grace period; left alone if empty.',
        placeholder: 'SK…',
        pattern: /^SK[0-9a-f]{32}$/,
        patternMessage: 'SK followed by 32 hex digits.',
      },
      NAME_FIELD,
    ],
    defaultName: (c) => (c.account_sid ? `Twilio ${c.account_sid.slice(0, 8)}…` : 'Twilio'),
  },
  {
    id: 'webhook',
    label: 'Signed webhook',
    kind: 'managed',
    permission:
      'Your HTTPS endpoint makes, tests and retires the credential; it must check the KeyHaven-Signature of each request with the signing secret.',
    how: 'KeyHaven POSTs signed create, test and revoke requests to your endpoint (docs/rotation.md, “Signed webhook”).',
    credential: [
      {
        key: 'url',
        label: 'Endpoint URL',
        required: true,
        placeholder: 'https://rotate.example.com/keyhaven',
        pattern: /^https?:\/\/[^\s/@]+(\/\S*)?$/,
        patternMessage: 'An absolute https:// URL without user info.',
      },
      {
        key: 'signing_secret',
        label: 'Signing secret',
        required: true,
        secret: true,
        hint: '32 to 200 printable characters, also known to your endpoint.',
        pattern: /^[\x21-\x7e]{32,200}$/,
        patternMessage: '32 to 200 printable characters, without spaces.',
      },
    ],
    target: [
      {
        key: 'current_ref',
        label: 'Reference of the credential in use now (optional)',
        hint: 'Your endpoint’s name for it; revoked after the first grace period.',
        pattern: /^[\x20-\x7e]{1,200}$/,
        patternMessage: 'Printable characters, 200 at most.',
      },
      {
        key: 'test_url',
        label: 'Test URL (optional)',
        hint: 'KeyHaven also GETs it with Authorization: Bearer <new value> and wants a 2xx.',
        placeholder: 'https://api.example.com/me',
        pattern: /^https?:\/\/[^\s/@]+(\/\S*)?$/,
        patternMessage: 'An absolute https:// URL without user info.',
      },
    ],
    extraTargetFields: true,
    defaultName: (c) => {
      try {
        return new URL(c.url ?? '').host || 'Webhook';
      } catch {
        return 'Webhook';
      }
    },
  },
  { id: 'stripe', label: 'Stripe', kind: 'manual' },
];

export function providerSpec(id: ProviderChoice): ProviderSpec {
  const spec = PROVIDERS.find((p) => p.id === id);
  if (!spec) throw new Error(`Unknown provider ${id}`);
  return spec;
}

const BY_SERVICE: Record<string, ProviderChoice> = {
  stripe: 'stripe',
  aws: 'aws-iam',
  openai: 'openai',
  sendgrid: 'sendgrid',
  twilio: 'twilio',
  postgres: 'postgresql',
  postgresql: 'postgresql',
};

/** The provider to offer first for a key: from its service, else PostgreSQL. */
export function guessProvider(service: string | null | undefined): ProviderChoice {
  return BY_SERVICE[(service ?? '').toLowerCase()] ?? 'postgresql';
}

/** The values a form for these fields starts with. */
export function initialValues(fields: readonly FieldSpec[]): Record<string, string> {
  return Object.fromEntries(fields.map((f) => [f.key, f.initial ?? '']));
}

export type FieldErrors = Record<string, string>;

/** What is wrong with each field, in words; empty when all is well. */
export function checkFields(
  fields: readonly FieldSpec[],
  values: Record<string, string>,
): FieldErrors {
  const errors: FieldErrors = {};
  for (const f of fields) {
    const raw = (values[f.key] ?? '').trim();
    const v = f.normalize ? f.normalize(raw) : raw;
    if (!v) {
      if (f.required) errors[f.key] = `${stripOptional(f.label)} is required.`;
    } else if (f.pattern && !f.pattern.test(v)) {
      errors[f.key] = f.patternMessage ?? `${stripOptional(f.label)} is not valid.`;
    } else if (f.key === 'port' && (Number(v) < 1 || Number(v) > 65535)) {
      errors[f.key] = f.patternMessage ?? 'Not valid.';
    }
  }
  return errors;
}

/** The body to send: trimmed, normalized, empty optional fields left out. */
export function collectFields(
  fields: readonly FieldSpec[],
  values: Record<string, string>,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of fields) {
    const raw = (values[f.key] ?? '').trim();
    const v = f.normalize ? f.normalize(raw) : raw;
    if (v) out[f.key] = v;
  }
  return out;
}

const EXTRA_NAME = /^[a-z][a-z0-9_]{0,39}$/;

/**
 * Extra webhook target fields, one `name=value` a line. Answers the fields, or the first line
 * that is not one, in words.
 */
export function parseExtraFields(
  text: string,
  reserved: readonly string[],
): { ok: true; fields: Record<string, string> } | { ok: false; message: string } {
  const fields: Record<string, string> = {};
  const lines = text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  for (const line of lines) {
    const eq = line.indexOf('=');
    const name = (eq < 0 ? line : line.slice(0, eq)).trim();
    const value = eq < 0 ? '' : line.slice(eq + 1).trim();
    if (eq < 0 || !EXTRA_NAME.test(name)) {
      return {
        ok: false,
        message: `“${line.slice(0, 40)}” is not name=value with a lower-case name (letters, digits, _).`,
      };
    }
    if (reserved.includes(name) || name in fields) {
      return { ok: false, message: `${name} is given twice.` };
    }
    if (value.length > 500) return { ok: false, message: `${name} is longer than 500 characters.` };
    fields[name] = value;
  }
  if (lines.length > 10) return { ok: false, message: 'At most 10 extra fields.' };
  return { ok: true, fields };
}

function stripOptional(label: string): string {
  return label.replace(/\s*\((optional|may [^)]*)\)$/, '');
}

/** Bodies of API.md, as the dashboard uses them. */

export type Environment = 'development' | 'staging' | 'production';
export const ENVIRONMENTS: readonly Environment[] = ['development', 'staging', 'production'];

export type Role = 'viewer' | 'editor' | 'admin';
export const ROLES: readonly Role[] = ['viewer', 'editor', 'admin'];

export interface Page<T> {
  items: T[];
  page: number;
  size: number;
  total: number;
}

export interface KdfParamsBody {
  kdf: 'pbkdf2-sha256';
  kdf_iterations: number;
  kdf_salt: string;
}

export interface UserSummary {
  id: string;
  email: string;
  subscription: string;
}

export interface LoginResponse extends KdfParamsBody {
  access_token: string;
  refresh_token: string;
  token_type: 'Bearer';
  expires_in: number;
  user: UserSummary;
  protected_user_key: string;
  public_key: string;
  protected_private_key: string;
  /** After a second step with remember_device: skips the second step on this device for 30 days. */
  device_token?: string;
}

/** A device that skips the second step of sign-in until it expires or is forgotten. */
export interface RememberedDevice {
  id: string;
  device: string;
  ip_address: string | null;
  created_at: string;
  last_used_at: string | null;
  expires_at: string;
}

/** A correct password with a second factor on: no tokens yet, the second step instead. */
export interface MfaChallenge {
  mfa_required: true;
  mfa_token: string;
  methods: string[];
  expires_in: number;
}

/** What the second step sends with the mfa_token: one of the codes. */
export type SecondFactor =
  { totp_code: string } | { recovery_code: string } | { webauthn: PasskeyAssertion };

export interface MfaStatus {
  totp: boolean;
  webauthn: Passkey[];
  recovery_codes_left: number;
}

/** One live sign-in of the account (Settings). */
export interface SignIn {
  id: string;
  device: string;
  ip_address: string | null;
  created_at: string;
  last_used_at: string;
  current: boolean;
}

export interface TotpEnrolment {
  secret: string;
  otpauth_uri: string;
}

export interface TokenResponse {
  access_token: string;
  refresh_token: string;
  expires_in?: number;
}

export interface Me {
  id: string;
  email: string;
  subscription: string;
  created_at: string;
  preferences?: Record<string, unknown>;
  /** Verified, or verification is off (no mail sender configured). */
  email_verified?: boolean;
  email_verification_required?: boolean;
}

export interface KeyMetadata {
  description?: string | null;
  environment: Environment;
  tags: string[];
  expires_at?: string | null;
  permissions: string[];
}

export interface ApiKey {
  id: string;
  user_id: string;
  team_id?: string | null;
  service: string;
  name: string;
  encrypted_value: string;
  iv: string;
  metadata: KeyMetadata;
  version: number;
  health_score: number;
  last_rotated?: string | null;
  rotation_schedule?: Record<string, unknown> | null;
  exposed: boolean;
  created_at: string;
  updated_at: string;
  deleted_at?: string | null;
  /**
   * After a managed rotation: the current value sealed by the server to this vault's public key,
   * until this client opens it and stores its own encryption; `encrypted_value` is the previous one.
   */
  sealed_value?: string | null;
}

export interface KeyVersion {
  version: number;
  encrypted_value: string;
  iv: string;
  created_at: string;
  created_by?: string;
}

export interface NewKeyBody {
  id: string;
  service: string;
  name: string;
  encrypted_value: string;
  iv: string;
  team_id?: string;
  metadata: KeyMetadata;
  /** A team key only: the generation of the team key that encrypted the value. */
  key_generation?: number;
  /** SHA-256 of a high-entropy value of a known format (docs/fingerprints.md); never returned. */
  value_fingerprint?: string;
}

export type KeyUpdateBody = Partial<
  Pick<
    NewKeyBody,
    | 'name'
    | 'service'
    | 'encrypted_value'
    | 'iv'
    | 'metadata'
    | 'key_generation'
    | 'value_fingerprint'
  >
>;

export interface Team {
  id: string;
  name: string;
  role: Role;
  wrapped_team_key: string;
  public_key: string;
  protected_private_key: string;
  owner_id?: string;
  /** Set by the server after a member left or was removed: the team key should be rotated. */
  rotation_recommended?: boolean;
  key_generation?: number;
  /** Members must have two-step sign-in on to see the team's keys and use its endpoints. */
  require_two_step?: boolean;
}

/**
 * A member or an invitation of a team: `invited` (no account needed; `user_id` null), `accepted`
 * (waits for an admin to compare the fingerprint phrase of `public_key` and confirm) or
 * `confirmed` (holds the team key).
 */
export interface TeamMember {
  user_id: string | null;
  email: string;
  role: Role;
  status: MemberStatus;
  public_key: string | null;
  invitation_id: string | null;
  joined_at: string | null;
  invited_at: string | null;
}

export type MemberStatus = 'invited' | 'accepted' | 'confirmed';

/** An invitation as its invitee sees it; `accepted` waits for an admin's confirmation. */
export interface Invitation {
  team_id: string;
  team_name: string;
  role: Role;
  status: 'invited' | 'accepted';
  invited_by: string | null;
  created_at: string;
}

/** A machine identity of a team (a CI job's read-only member). */
export interface Machine {
  id: string;
  name: string;
  team_id: string;
  public_key: string;
  created_by: string;
  created_at: string;
  last_used_at?: string | null;
  revoked_at?: string | null;
  environments?: string[] | null;
  tags?: string[] | null;
}

export interface CreateMachineBody {
  name: string;
  public_key: string;
  wrapped_team_key: string;
  environments?: Environment[] | null;
  tags?: string[] | null;
}

export interface CreatedMachine {
  id: string;
  name: string;
  team_id: string;
  secret: string;
  created_at: string;
  environments?: string[] | null;
  tags?: string[] | null;
}

export interface RotateTeamKeyBody {
  public_key: string;
  protected_private_key: string;
  members: { user_id: string; wrapped_team_key: string }[];
  items: { id: string; encrypted_value: string; iv: string; version: number }[];
  /** The outgoing team key wrapped under the incoming one (the team's key history). */
  previous_team_key: string;
}

/** One earlier team key, wrapped under the team key of the next generation. */
export interface TeamKeyHistoryEntry {
  generation: number;
  protected_key: string;
}

export interface AuditEntry {
  id: string;
  user_id?: string | null;
  action: string;
  resource?: string | null;
  resource_id?: string | null;
  metadata?: Record<string, unknown> | null;
  ip_address?: string | null;
  user_agent?: string | null;
  timestamp: string;
}

export interface AuditVerify {
  valid: boolean;
  entries: number;
  first_bad_id?: string | null;
  unsealed?: number;
  /** gap, broken_link, hash_mismatch, truncated or head_missing (docs/api-notes.md). */
  problem?: string | null;
}

export interface PlanLimits {
  /** null: unlimited. */
  keys: number | null;
  teams: boolean;
  automated_rotation: boolean;
  insights: boolean;
  integrations: boolean;
}

export interface PlanUsage {
  keys: number;
  read_only_keys: number;
  teams: number;
}

/** GET /api/billing/subscription. */
export interface Subscription {
  tier: string;
  status: string;
  billing_enabled?: boolean;
  limits?: PlanLimits;
  usage?: PlanUsage;
  grace_until?: string | null;
  current_period_end?: string | null;
  notice?: string | null;
}

export type PaidPlan = 'pro' | 'team';

export interface RedirectUrl {
  url: string;
}

/** One in-app notification (GET /api/notifications). */
export interface AppNotification {
  id: string;
  kind: string;
  title: string;
  body: string;
  created_at: string;
  read: boolean;
}

export type EmailSwitch = 'anomaly' | 'rotation_due' | 'expiry' | 'leak' | 'team';

export interface NotificationPreferences {
  email: Record<EmailSwitch, boolean>;
}

/** The APIError body of DESIGN.md. */
export interface ApiErrorBody {
  type: string;
  code: string;
  message: string;
  details?: Record<string, unknown> | null;
  timestamp?: string;
  request_id?: string;
}

/** A passkey or security key of the account (Settings). */
export interface Passkey {
  id: string;
  name: string;
  created_at: string;
  last_used_at: string | null;
}

interface PasskeyDescriptor {
  type: string;
  id: string;
  transports: string[];
}

/** PublicKeyCredentialCreationOptions in the WebAuthn JSON form (snake_case names, base64url). */
export interface PasskeyCreationOptions {
  rp: { id: string; name: string };
  user: { id: string; name: string; display_name: string };
  challenge: string;
  pub_key_cred_params: { type: string; alg: number }[];
  timeout: number;
  exclude_credentials: PasskeyDescriptor[];
  authenticator_selection: { resident_key: string; user_verification: string };
  attestation: string;
}

/** PublicKeyCredentialRequestOptions in the WebAuthn JSON form. */
export interface PasskeyRequestOptions {
  challenge: string;
  rp_id: string;
  allow_credentials: PasskeyDescriptor[];
  user_verification: string;
  timeout: number;
}

/** A new passkey's PublicKeyCredential in the WebAuthn JSON form. */
export interface PasskeyAttestation {
  id: string;
  raw_id: string;
  type: 'public-key';
  response: { client_data_json: string; attestation_object: string; transports: string[] };
}

/** A sign-in assertion's PublicKeyCredential in the WebAuthn JSON form. */
export interface PasskeyAssertion {
  id: string;
  raw_id: string;
  type: 'public-key';
  response: {
    client_data_json: string;
    authenticator_data: string;
    signature: string;
    user_handle: string | null;
  };
}

/** POST /me/mfa/webauthn: the new passkey, and recovery codes when it turned two-step sign-in on. */
export interface PasskeyRegistered {
  id: string;
  name: string;
  created_at: string;
  recovery_codes: string[] | null;
}

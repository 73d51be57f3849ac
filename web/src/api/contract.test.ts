// The hand-written API types of the dashboard (types.ts) checked against the types generated from
// the published OpenAPI document: what the server sends must fit what the dashboard reads, and
// what the dashboard sends must fit what the server accepts. `npm run build` type-checks this
// file, so a drift fails the build before any test runs.
import { describe, expect, it } from 'vitest';
import type { components, paths } from './openapi.gen';
import type * as Api from './types';

type Schemas = components['schemas'];
type Fits<A, B> = [A] extends [B] ? true : false;
function fits<T extends true>(): T | true {
  return true;
}

/** The JSON body of an operation's answer. */
type Answer<
  P extends keyof paths,
  M extends keyof paths[P],
  S extends number,
> = paths[P][M] extends { responses: Record<S, { content: { 'application/json': infer B } }> }
  ? B
  : never;

/** The JSON body of an operation's request. */
type Body<P extends keyof paths, M extends keyof paths[P]> = paths[P][M] extends {
  requestBody?: { content: { 'application/json': infer B } };
}
  ? B
  : never;

describe('the dashboard API types against the OpenAPI document', () => {
  it('answers fit what the dashboard reads', () => {
    const checks = [
      fits<Fits<Answer<'/api/auth/refresh', 'post', 200>, Api.TokenResponse>>(),
      fits<Fits<Answer<'/api/auth/prelogin', 'post', 200>, Api.KdfParamsBody>>(),
      fits<Fits<Answer<'/api/me', 'get', 200>, Api.Me>>(),
      fits<Fits<Answer<'/api/keys/{id}/versions', 'get', 200>, Api.Page<Api.KeyVersion>>>(),
      fits<Fits<Answer<'/api/teams', 'get', 200>, { items: Api.Team[] }>>(),
      fits<Fits<Answer<'/api/teams', 'post', 201>, Api.Team>>(),
      fits<Fits<Answer<'/api/teams/{id}/members', 'get', 200>, { items: Api.TeamMember[] }>>(),
      fits<Fits<Answer<'/api/audit', 'get', 200>, Api.Page<Api.AuditEntry>>>(),
      fits<Fits<Answer<'/api/teams/{id}/machines', 'get', 200>, { items: Api.Machine[] }>>(),
      fits<Fits<Answer<'/api/teams/{id}/machines', 'post', 201>, Api.CreatedMachine>>(),
      fits<Fits<Answer<'/api/audit/verify', 'get', 200>, Api.AuditVerify>>(),
      fits<Fits<Schemas['KeyMetadata']['environment'], Api.Environment>>(),
      fits<Fits<Schemas['Member']['role'], Api.Role>>(),
      fits<Fits<Answer<'/api/billing/subscription', 'get', 200>, Api.Subscription>>(),
      fits<Fits<Answer<'/api/billing/checkout', 'post', 200>, Api.RedirectUrl>>(),
      fits<Fits<Answer<'/api/notifications', 'get', 200>, Api.Page<Api.AppNotification>>>(),
      fits<Fits<Answer<'/api/me/mfa', 'get', 200>, Api.MfaStatus>>(),
      fits<Fits<Answer<'/api/me/mfa/webauthn/options', 'post', 200>, Api.PasskeyCreationOptions>>(),
      fits<
        Fits<Answer<'/api/auth/login/mfa/webauthn/options', 'post', 200>, Api.PasskeyRequestOptions>
      >(),
      fits<Fits<Answer<'/api/me/mfa/webauthn', 'post', 201>, Api.PasskeyRegistered>>(),
      fits<Fits<Answer<'/api/me/mfa/webauthn/{id}', 'patch', 200>, Api.Passkey>>(),
    ];
    expect(checks.every((c) => c === true)).toBe(true);
  });

  it('requests the dashboard sends fit what the server accepts', () => {
    const checks = [
      fits<Fits<Api.NewKeyBody, Body<'/api/keys', 'post'>>>(),
      fits<Fits<Api.KeyUpdateBody, Body<'/api/keys/{id}', 'put'>>>(),
      fits<Fits<Api.RotateTeamKeyBody, Body<'/api/teams/{id}/rotate-key', 'post'>>>(),
      fits<Fits<Api.KeyMetadata, Schemas['KeyMetadata']>>(),
      fits<Fits<Api.Role, Schemas['AddMemberRequest']['role']>>(),
      fits<Fits<Api.CreateMachineBody, Body<'/api/teams/{id}/machines', 'post'>>>(),
      fits<Fits<Api.NotificationPreferences, Body<'/api/notifications/preferences', 'put'>>>(),
      fits<Fits<{ plan: Api.PaidPlan }, Body<'/api/billing/checkout', 'post'>>>(),
      fits<
        Fits<
          { name: string; credential: Api.PasskeyAttestation },
          Body<'/api/me/mfa/webauthn', 'post'>
        >
      >(),
      fits<
        Fits<
          { mfa_token: string; webauthn: Api.PasskeyAssertion },
          Body<'/api/auth/login/mfa', 'post'>
        >
      >(),
    ];
    expect(checks.every((c) => c === true)).toBe(true);
  });
});

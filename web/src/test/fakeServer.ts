/**
 * An in-memory stand-in for the API.md endpoints the dashboard uses, for unit tests of the
 * session model. It records every request body so tests can prove what reaches the network.
 */
interface User {
  id: string;
  email: string;
  auth_hash: string;
  kdf: { kdf: string; kdf_iterations: number; kdf_salt: string };
  protected_user_key: string;
  public_key: string;
  protected_private_key: string;
  pinned_keys?: string | null;
  pinned_version?: number;
  /** Two-step sign-in: on once confirmed; the fake accepts {@link FakeServer.TOTP_CODE}. */
  totp?: { on: boolean };
  recovery?: string[];
}

interface Member {
  user_id: string;
  role: string;
  status: 'accepted' | 'confirmed';
  wrapped_team_key: string | null;
  joined_at: string;
}

interface InvitationRecord {
  id: string;
  email: string;
  role: string;
  invited_by: string;
  created_at: string;
}

interface TeamRecord {
  id: string;
  name: string;
  owner_id: string;
  public_key: string;
  protected_private_key: string;
  members: Member[];
  key_generation: number;
  /** Earlier team keys, each wrapped under the next (the key history). */
  history: { generation: number; protected_key: string }[];
  invitations: InvitationRecord[];
}

type Json = Record<string, unknown>;

export class FakeServer {
  /** The one TOTP code the fake accepts (the real server checks RFC 6238; see MfaTests). */
  static readonly TOTP_CODE = '246810';
  /** Waiting second steps: mfa_token → user id. */
  mfaTokens = new Map<string, string>();
  users = new Map<string, User>();
  tokens = new Map<string, string>();
  /** Live sign-ins: refresh token → its access token. */
  signIns = new Map<string, string>();
  keys = new Map<string, Json & { deleted?: boolean; versions: Json[] }>();
  teams = new Map<string, TeamRecord>();
  bodies: string[] = [];
  urls: string[] = [];

  fetch = async (input: RequestInfo | URL, init: RequestInit = {}): Promise<Response> => {
    const url = new URL(String(input), 'http://test');
    const method = init.method ?? 'GET';
    this.urls.push(`${method} ${url.pathname}${url.search}`);
    const raw = typeof init.body === 'string' ? init.body : '';
    if (raw) this.bodies.push(raw);
    const body = raw ? (JSON.parse(raw) as Json) : {};
    const auth = new Headers(init.headers).get('Authorization')?.replace('Bearer ', '');
    const me = auth ? this.users.get(this.tokens.get(auth) ?? '') : undefined;
    try {
      return this.route(method, url, body, me);
    } catch (e) {
      return this.json(500, {
        type: 'INTERNAL_SERVER',
        code: 'BUG',
        message: String(e),
        request_id: 'fake',
      });
    }
  };

  private json(status: number, body?: unknown): Response {
    return new Response(body === undefined ? null : JSON.stringify(body), {
      status,
      headers: { 'Content-Type': 'application/json', 'X-Request-Id': 'req-fake' },
    });
  }

  private error(status: number, type: string, message: string): Response {
    return this.json(status, {
      type,
      code: type,
      message,
      timestamp: new Date().toISOString(),
      request_id: 'req-fake',
    });
  }

  private issue(user: User): Json {
    const access = crypto.randomUUID();
    const refresh = crypto.randomUUID();
    this.tokens.set(access, user.id);
    this.signIns.set(refresh, access);
    return {
      access_token: access,
      refresh_token: refresh,
      token_type: 'Bearer',
      expires_in: 900,
    };
  }

  private loggedIn(u: User): Response {
    return this.json(200, {
      ...this.issue(u),
      user: { id: u.id, email: u.email, subscription: 'team' },
      protected_user_key: u.protected_user_key,
      public_key: u.public_key,
      protected_private_key: u.protected_private_key,
      ...u.kdf,
    });
  }

  /** As the server: a team key's new value must be under the team's current key generation. */
  private staleGeneration(teamId: unknown, body: Json): Response | undefined {
    if (!teamId) return undefined;
    const team = this.teams.get(String(teamId));
    if (!team) return undefined;
    if (body.key_generation === undefined)
      return this.error(400, 'VALIDATION', 'key_generation is required.');
    if (Number(body.key_generation) !== team.key_generation)
      return this.error(409, 'CONFLICT', 'The team key was rotated.');
    return undefined;
  }

  private byEmail(email: unknown): User | undefined {
    return [...this.users.values()].find((u) => u.email === email);
  }

  private visible(key: Json, me: User): boolean {
    if (key.team_id)
      return (
        this.teams
          .get(String(key.team_id))
          ?.members.some((m) => m.user_id === me.id && m.status === 'confirmed') ?? false
      );
    return key.user_id === me.id;
  }

  /**
   * What a managed rotation does to a key on the real server: the old ciphertext is kept as a
   * version and the new value, sealed to the vault's public key, becomes `sealed_value`.
   */
  sealToVault(keyId: string, sealed: string): void {
    const key = this.keys.get(keyId);
    if (!key) throw new Error(`no key ${keyId}`);
    key.versions.push({
      version: key.version,
      encrypted_value: key.encrypted_value,
      iv: key.iv,
      created_at: key.updated_at,
    });
    Object.assign(key, {
      sealed_value: sealed,
      version: Number(key.version) + 1,
      last_rotated: new Date().toISOString(),
    });
  }

  private route(method: string, url: URL, body: Json, me: User | undefined): Response {
    const p = url.pathname.replace(/^\/api/, '');
    if (method === 'POST' && p === '/auth/prelogin') {
      const u = this.byEmail(body.email);
      return this.json(
        200,
        u?.kdf ?? {
          kdf: 'pbkdf2-sha256',
          kdf_iterations: 600000,
          kdf_salt: 'AAAAAAAAAAAAAAAAAAAAAA==',
        },
      );
    }
    if (method === 'POST' && p === '/auth/register') {
      if (this.byEmail(body.email)) return this.error(409, 'CONFLICT', 'That email is taken.');
      const id = crypto.randomUUID();
      this.users.set(id, {
        id,
        email: String(body.email),
        auth_hash: String(body.auth_hash),
        kdf: {
          kdf: String(body.kdf),
          kdf_iterations: Number(body.kdf_iterations),
          kdf_salt: String(body.kdf_salt),
        },
        protected_user_key: String(body.protected_user_key),
        public_key: String(body.public_key),
        protected_private_key: String(body.protected_private_key),
      });
      return this.json(201, { user_id: id });
    }
    if (method === 'POST' && p === '/auth/login') {
      const u = this.byEmail(body.email);
      if (!u || u.auth_hash !== body.auth_hash)
        return this.error(401, 'AUTHENTICATION', 'Wrong email or password.');
      if (u.totp?.on) {
        const token = crypto.randomUUID();
        this.mfaTokens.set(token, u.id);
        return this.json(200, {
          mfa_required: true,
          mfa_token: token,
          methods: ['totp', 'recovery'],
          expires_in: 300,
        });
      }
      return this.loggedIn(u);
    }
    if (method === 'POST' && p === '/auth/login/mfa') {
      const u = this.users.get(this.mfaTokens.get(String(body.mfa_token)) ?? '');
      const recovery = u?.recovery?.indexOf(String(body.recovery_code)) ?? -1;
      const ok = u !== undefined && (body.totp_code === FakeServer.TOTP_CODE || recovery >= 0);
      if (!u || !ok)
        return this.error(401, 'AUTHENTICATION', 'The sign-in code or its step is wrong.');
      if (recovery >= 0) u.recovery?.splice(recovery, 1);
      this.mfaTokens.delete(String(body.mfa_token));
      return this.loggedIn(u);
    }
    if (method === 'POST' && p === '/auth/logout') {
      // The refresh token is its own proof: no access token needed.
      const access = this.signIns.get(String(body.refresh_token));
      if (access !== undefined) this.tokens.delete(access);
      this.signIns.delete(String(body.refresh_token));
      return this.json(204);
    }
    if (!me) return this.error(401, 'AUTHENTICATION', 'Sign in first.');
    if (method === 'PUT' && p === '/me/password') {
      if (body.auth_hash !== me.auth_hash)
        return this.error(401, 'AUTHENTICATION', 'Wrong password.');
      me.auth_hash = String(body.new_auth_hash);
      me.kdf = {
        kdf: 'pbkdf2-sha256',
        kdf_iterations: Number(body.new_kdf_iterations),
        kdf_salt: String(body.new_kdf_salt),
      };
      me.protected_user_key = String(body.new_protected_user_key);
      return this.json(204);
    }
    if (method === 'GET' && p === '/users/public-key') {
      const u = this.byEmail(url.searchParams.get('email'));
      return u
        ? this.json(200, { user_id: u.id, public_key: u.public_key })
        : this.error(404, 'NOT_FOUND', 'No such user.');
    }
    if (method === 'GET' && p === '/audit')
      return this.json(200, { items: [], page: 0, size: 50, total: 0 });
    if (p === '/keys' && method === 'GET') {
      // Filters and pages as the real list does: on plaintext metadata, newest first.
      const q = url.searchParams;
      const deleted = q.get('deleted') === 'true';
      const team = q.get('team_id');
      const text = q.get('q')?.toLowerCase();
      const meta = (k: Json) => (k.metadata ?? {}) as { environment?: string; tags?: string[] };
      const matching = [...this.keys.values()].filter(
        (k) =>
          this.visible(k, me) &&
          Boolean(k.deleted) === deleted &&
          (!team || k.team_id === team) &&
          (!q.get('environment') || meta(k).environment === q.get('environment')) &&
          (!q.get('service') || k.service === q.get('service')) &&
          (!q.get('tag') || (meta(k).tags ?? []).includes(q.get('tag')!)) &&
          (!text || `${String(k.name)} ${String(k.service)}`.toLowerCase().includes(text)),
      );
      const page = Number(q.get('page') ?? 0);
      const size = Math.min(Number(q.get('size') ?? 50), 200);
      const sort = q.get('sort') ?? '-created_at';
      const field = sort.replace(/^-/, '');
      if (!/^(name|service|environment|health|expires_at|created_at|updated_at)$/.test(field))
        return this.error(400, 'VALIDATION', 'sort is not a sortable field.');
      // Insertion order stands for created_at; the other fields compare as the server does.
      const value = (k: Json): string =>
        field === 'created_at'
          ? ''
          : field === 'environment' || field === 'expires_at'
            ? String(meta(k)[field as 'environment'] ?? '\uffff')
            : field === 'health'
              ? String(k.health_score ?? 0).padStart(3, '0')
              : String(k[field] ?? '').toLowerCase();
      const ordered =
        field === 'created_at'
          ? [...matching]
          : [...matching].sort((a, b) => value(a).localeCompare(value(b)));
      if (sort.startsWith('-')) ordered.reverse();
      const items = ordered.slice(page * size, (page + 1) * size);
      return this.json(200, { items, page, size, total: matching.length });
    }
    if (p === '/keys' && method === 'POST') {
      const id = String(body.id);
      if (this.keys.has(id)) return this.error(409, 'CONFLICT', 'Id taken.');
      const stale = this.staleGeneration(body.team_id, body);
      if (stale) return stale;
      const now = new Date().toISOString();
      const key = {
        ...body,
        user_id: me.id,
        team_id: body.team_id ?? null,
        version: 1,
        health_score: 100,
        exposed: false,
        created_at: now,
        updated_at: now,
        versions: [],
      };
      this.keys.set(id, key);
      return this.json(201, key);
    }
    const keyMatch = /^\/keys\/([^/]+)(\/restore|\/versions|\/rotate|\/versions\/\d+)?$/.exec(p);
    if (keyMatch) {
      const key = this.keys.get(keyMatch[1]);
      if (!key || !this.visible(key, me)) return this.error(404, 'NOT_FOUND', 'No such key.');
      if (keyMatch[2]?.startsWith('/versions/') && method === 'PUT') {
        const n = Number(keyMatch[2].slice('/versions/'.length));
        if (!key.sealed_value || n !== Number(key.version))
          return this.error(409, 'NOT_SEALED', 'Only the current sealed version can be replaced.');
        Object.assign(key, {
          encrypted_value: body.encrypted_value,
          iv: body.iv,
          sealed_value: null,
          version: n + 1,
          updated_at: new Date().toISOString(),
        });
        return this.json(200, { id: key.id, version: n + 1 });
      }
      if (keyMatch[2] === '/restore') {
        key.deleted = false;
        return this.json(200, key);
      }
      if (keyMatch[2] === '/versions') return this.json(200, { items: key.versions });
      if (key.deleted) return this.error(404, 'NOT_FOUND', 'No such key.');
      if (method === 'GET') return this.json(200, key);
      if (method === 'DELETE') {
        key.deleted = true;
        return this.json(204);
      }
      if (method === 'PUT' || keyMatch[2] === '/rotate') {
        const stale = body.encrypted_value ? this.staleGeneration(key.team_id, body) : undefined;
        if (stale) return stale;
        if (body.encrypted_value)
          key.versions.push({
            version: key.version,
            encrypted_value: key.encrypted_value,
            iv: key.iv,
            created_at: key.updated_at,
          });
        Object.assign(key, body, {
          version: Number(key.version) + 1,
          updated_at: new Date().toISOString(),
        });
        return this.json(200, key);
      }
    }
    if (p === '/teams' && method === 'POST') {
      const id = crypto.randomUUID();
      const team: TeamRecord = {
        id,
        name: String(body.name),
        owner_id: me.id,
        public_key: String(body.public_key),
        protected_private_key: String(body.protected_private_key),
        key_generation: 1,
        history: [],
        members: [
          {
            user_id: me.id,
            role: 'admin',
            status: 'confirmed',
            wrapped_team_key: String(body.wrapped_team_key),
            joined_at: new Date().toISOString(),
          },
        ],
        invitations: [],
      };
      this.teams.set(id, team);
      return this.json(201, {
        id,
        name: team.name,
        owner_id: me.id,
        role: 'admin',
        wrapped_team_key: body.wrapped_team_key,
      });
    }
    if (p === '/teams' && method === 'GET') {
      const items = [...this.teams.values()].flatMap((t) => {
        const m = t.members.find((x) => x.user_id === me.id && x.status === 'confirmed');
        return m
          ? [
              {
                id: t.id,
                name: t.name,
                role: m.role,
                wrapped_team_key: m.wrapped_team_key,
                public_key: t.public_key,
                protected_private_key: t.protected_private_key,
                key_generation: t.key_generation,
              },
            ]
          : [];
      });
      return this.json(200, { items });
    }
    if (p === '/me/sessions' && method === 'GET')
      return this.json(200, {
        items: [
          {
            id: '00000000-0000-4000-8000-000000000001',
            device: 'Chrome on Linux',
            ip_address: '127.0.0.1',
            created_at: new Date().toISOString(),
            last_used_at: new Date().toISOString(),
            current: true,
          },
        ],
      });
    if (p.startsWith('/me/sessions/') && method === 'DELETE') return this.json(204);
    if (p === '/me/mfa' && method === 'GET')
      return this.json(200, {
        totp: me.totp?.on ?? false,
        webauthn: [],
        recovery_codes_left: me.recovery?.length ?? 0,
      });
    if (p === '/me/mfa/totp' && method === 'POST') {
      if (me.totp?.on) return this.error(409, 'CONFLICT', 'Two-step sign-in is already on.');
      me.totp = { on: false };
      const secret = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
      return this.json(200, {
        secret,
        otpauth_uri: `otpauth://totp/KeyHaven:${encodeURIComponent(me.email)}?secret=${secret}&issuer=KeyHaven`,
      });
    }
    if (p === '/me/mfa/totp/confirm' && method === 'POST') {
      if (!me.totp || me.totp.on) return this.error(409, 'CONFLICT', 'Start the enrolment first.');
      if (body.code !== FakeServer.TOTP_CODE)
        return this.error(400, 'VALIDATION', 'The code is not right.');
      me.totp.on = true;
      me.recovery = Array.from({ length: 10 }, (_, i) => `RCODE-${String(i).repeat(5)}`);
      return this.json(200, { recovery_codes: me.recovery });
    }
    if (p === '/me/mfa/totp' && method === 'DELETE') {
      if (!me.totp?.on) return this.error(409, 'CONFLICT', 'Two-step sign-in is not on.');
      if (body.code !== FakeServer.TOTP_CODE)
        return this.error(400, 'VALIDATION', 'The code is not right.');
      me.totp = undefined;
      me.recovery = [];
      return this.json(204);
    }
    if (p === '/me/pinned-keys' && method === 'GET')
      return this.json(200, {
        pinned_keys: me.pinned_keys ?? null,
        version: me.pinned_version ?? 0,
      });
    if (p === '/me/pinned-keys' && method === 'PUT') {
      if (Number(body.version) !== (me.pinned_version ?? 0))
        return this.error(409, 'PINNED_KEYS_CHANGED', 'Reload.');
      me.pinned_keys = String(body.pinned_keys);
      me.pinned_version = (me.pinned_version ?? 0) + 1;
      return this.json(200, { pinned_keys: me.pinned_keys, version: me.pinned_version });
    }
    if (p === '/teams/invitations' && method === 'GET') {
      const items = [...this.teams.values()].flatMap((t) => [
        ...t.invitations
          .filter((i) => i.email === me.email.toLowerCase())
          .map((i) => ({
            team_id: t.id,
            team_name: t.name,
            role: i.role,
            status: 'invited',
            invited_by: this.users.get(i.invited_by)?.email ?? null,
            created_at: i.created_at,
          })),
        ...t.members
          .filter((m) => m.user_id === me.id && m.status === 'accepted')
          .map((m) => ({
            team_id: t.id,
            team_name: t.name,
            role: m.role,
            status: 'accepted',
            invited_by: null,
            created_at: m.joined_at,
          })),
      ]);
      return this.json(200, { items });
    }
    const answer = /^\/teams\/([^/]+)\/invitation\/(accept|decline)$/.exec(p);
    if (answer && method === 'POST') {
      const team = this.teams.get(answer[1]);
      const inv = team?.invitations.find((i) => i.email === me.email.toLowerCase());
      if (!team || !inv) return this.error(404, 'NOT_FOUND', 'Invitation not found');
      team.invitations = team.invitations.filter((i) => i !== inv);
      if (answer[2] === 'decline') return this.json(204);
      const now = new Date().toISOString();
      team.members.push({
        user_id: me.id,
        role: inv.role,
        status: 'accepted',
        wrapped_team_key: null,
        joined_at: now,
      });
      return this.json(200, {
        team_id: team.id,
        team_name: team.name,
        role: inv.role,
        status: 'accepted',
        invited_by: null,
        created_at: now,
      });
    }
    const teamMatch =
      /^\/teams\/([^/]+)\/(members|rotate-key|key-history|invitations)(?:\/([^/]+))?(?:\/(confirm))?$/.exec(
        p,
      );
    if (teamMatch) {
      const team = this.teams.get(teamMatch[1]);
      const mine = team?.members.find((m) => m.user_id === me.id && m.status === 'confirmed');
      if (!team || !mine) return this.error(404, 'NOT_FOUND', 'No such team.');
      if (teamMatch[2] === 'key-history' && method === 'GET') {
        return this.json(200, { items: [...team.history].reverse() });
      }
      if (teamMatch[2] === 'members' && method === 'GET') {
        return this.json(200, {
          items: [
            ...team.members.map((m) => ({
              user_id: m.user_id,
              email: this.users.get(m.user_id)?.email,
              role: m.role,
              status: m.status,
              public_key: this.users.get(m.user_id)?.public_key ?? null,
              invitation_id: null,
              joined_at: m.joined_at,
              invited_at: null,
            })),
            ...team.invitations.map((i) => ({
              user_id: null,
              email: i.email,
              role: i.role,
              status: 'invited',
              public_key: null,
              invitation_id: i.id,
              joined_at: null,
              invited_at: i.created_at,
            })),
          ],
        });
      }
      if (mine.role !== 'admin') return this.error(403, 'AUTHORIZATION', 'Admins only.');
      if (teamMatch[2] === 'members' && method === 'POST' && !teamMatch[4]) {
        if ('wrapped_team_key' in body) return this.error(400, 'UNKNOWN_FIELD', 'Unknown field');
        const email = String(body.email).toLowerCase();
        const inv = {
          id: crypto.randomUUID(),
          email,
          role: String(body.role),
          invited_by: me.id,
          created_at: new Date().toISOString(),
        };
        team.invitations.push(inv);
        return this.json(201, {
          user_id: null,
          email,
          role: inv.role,
          status: 'invited',
          public_key: null,
          invitation_id: inv.id,
          joined_at: null,
          invited_at: inv.created_at,
        });
      }
      if (teamMatch[2] === 'members' && method === 'POST' && teamMatch[4] === 'confirm') {
        const m = team.members.find((x) => x.user_id === teamMatch[3]);
        if (!m) return this.error(404, 'NOT_FOUND', 'Member not found');
        if (m.status === 'confirmed') return this.error(409, 'ALREADY_CONFIRMED', 'Confirmed.');
        if (this.users.get(m.user_id)?.public_key !== body.public_key)
          return this.error(409, 'PUBLIC_KEY_CHANGED', 'Changed.');
        m.status = 'confirmed';
        m.wrapped_team_key = String(body.wrapped_team_key);
        return this.json(200, { user_id: m.user_id, status: 'confirmed' });
      }
      if (teamMatch[2] === 'invitations' && method === 'DELETE') {
        team.invitations = team.invitations.filter((i) => i.id !== teamMatch[3]);
        return this.json(204);
      }
      if (teamMatch[2] === 'members' && method === 'DELETE') {
        team.members = team.members.filter((m) => m.user_id !== teamMatch[3]);
        return this.json(204);
      }
      if (teamMatch[2] === 'members' && method === 'PATCH') {
        const m = team.members.find((x) => x.user_id === teamMatch[3]);
        if (m) m.role = String(body.role);
        return this.json(200, {});
      }
      if (teamMatch[2] === 'rotate-key' && method === 'POST') {
        if (!body.previous_team_key)
          return this.error(400, 'VALIDATION', 'previous_team_key is required.');
        team.history.push({
          generation: team.key_generation,
          protected_key: String(body.previous_team_key),
        });
        team.key_generation += 1;
        team.public_key = String(body.public_key);
        team.protected_private_key = String(body.protected_private_key);
        for (const w of body.members as { user_id: string; wrapped_team_key: string }[]) {
          const m = team.members.find((x) => x.user_id === w.user_id);
          if (m) m.wrapped_team_key = w.wrapped_team_key;
        }
        for (const item of body.items as { id: string; encrypted_value: string; iv: string }[]) {
          const k = this.keys.get(item.id);
          if (k)
            Object.assign(k, {
              encrypted_value: item.encrypted_value,
              iv: item.iv,
              version: Number(k.version) + 1,
            });
        }
        return this.json(200, {});
      }
    }
    return this.error(404, 'NOT_FOUND', `No route ${method} ${p}`);
  }
}

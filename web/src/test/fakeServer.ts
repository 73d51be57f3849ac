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
}

interface Member {
  user_id: string;
  role: string;
  wrapped_team_key: string;
  joined_at: string;
}

interface TeamRecord {
  id: string;
  name: string;
  owner_id: string;
  public_key: string;
  protected_private_key: string;
  members: Member[];
}

type Json = Record<string, unknown>;

export class FakeServer {
  users = new Map<string, User>();
  tokens = new Map<string, string>();
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
    this.tokens.set(access, user.id);
    return {
      access_token: access,
      refresh_token: crypto.randomUUID(),
      token_type: 'Bearer',
      expires_in: 900,
    };
  }

  private byEmail(email: unknown): User | undefined {
    return [...this.users.values()].find((u) => u.email === email);
  }

  private visible(key: Json, me: User): boolean {
    if (key.team_id)
      return this.teams.get(String(key.team_id))?.members.some((m) => m.user_id === me.id) ?? false;
    return key.user_id === me.id;
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
      return this.json(200, {
        ...this.issue(u),
        user: { id: u.id, email: u.email, subscription: 'team' },
        protected_user_key: u.protected_user_key,
        public_key: u.public_key,
        protected_private_key: u.protected_private_key,
        ...u.kdf,
      });
    }
    if (!me) return this.error(401, 'AUTHENTICATION', 'Sign in first.');
    if (method === 'POST' && p === '/auth/logout') return this.json(204);
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
      const items = matching.reverse().slice(page * size, (page + 1) * size);
      return this.json(200, { items, page, size, total: matching.length });
    }
    if (p === '/keys' && method === 'POST') {
      const id = String(body.id);
      if (this.keys.has(id)) return this.error(409, 'CONFLICT', 'Id taken.');
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
    const keyMatch = /^\/keys\/([^/]+)(\/restore|\/versions|\/rotate)?$/.exec(p);
    if (keyMatch) {
      const key = this.keys.get(keyMatch[1]);
      if (!key || !this.visible(key, me)) return this.error(404, 'NOT_FOUND', 'No such key.');
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
        members: [
          {
            user_id: me.id,
            role: 'admin',
            wrapped_team_key: String(body.wrapped_team_key),
            joined_at: new Date().toISOString(),
          },
        ],
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
        const m = t.members.find((x) => x.user_id === me.id);
        return m
          ? [
              {
                id: t.id,
                name: t.name,
                role: m.role,
                wrapped_team_key: m.wrapped_team_key,
                public_key: t.public_key,
                protected_private_key: t.protected_private_key,
              },
            ]
          : [];
      });
      return this.json(200, { items });
    }
    const teamMatch = /^\/teams\/([^/]+)\/(members|rotate-key)(?:\/([^/]+))?$/.exec(p);
    if (teamMatch) {
      const team = this.teams.get(teamMatch[1]);
      const mine = team?.members.find((m) => m.user_id === me.id);
      if (!team || !mine) return this.error(404, 'NOT_FOUND', 'No such team.');
      if (teamMatch[2] === 'members' && method === 'GET') {
        return this.json(200, {
          items: team.members.map((m) => ({
            user_id: m.user_id,
            email: this.users.get(m.user_id)?.email,
            role: m.role,
            joined_at: m.joined_at,
          })),
        });
      }
      if (mine.role !== 'admin') return this.error(403, 'AUTHORIZATION', 'Admins only.');
      if (teamMatch[2] === 'members' && method === 'POST') {
        const u = this.byEmail(body.email);
        if (!u) return this.error(404, 'NOT_FOUND', 'No such user.');
        team.members.push({
          user_id: u.id,
          role: String(body.role),
          wrapped_team_key: String(body.wrapped_team_key),
          joined_at: new Date().toISOString(),
        });
        return this.json(201, {});
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

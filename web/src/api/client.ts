import type { ApiErrorBody, TokenResponse } from './types';

/** An API failure with what the user needs to report it: message, code and request id. */
export class ApiError extends Error {
  readonly status: number;
  readonly type: string;
  readonly code: string;
  readonly requestId: string | null;
  readonly details: Record<string, unknown> | null;
  readonly retryAfter: number | null;

  constructor(
    status: number,
    body: Partial<ApiErrorBody>,
    requestId: string | null,
    retryAfter: number | null = null,
  ) {
    super(body.message ?? `Request failed with status ${status}`);
    this.name = 'ApiError';
    this.status = status;
    this.type = body.type ?? (status === 0 ? 'NETWORK' : 'INTERNAL_SERVER');
    this.code = body.code ?? (status === 0 ? 'NETWORK_ERROR' : `HTTP_${status}`);
    this.requestId = body.request_id ?? requestId;
    this.details = body.details ?? null;
    this.retryAfter = retryAfter;
  }
}

export interface RequestOptions {
  body?: unknown;
  query?: Record<string, string | number | boolean | undefined | null>;
  headers?: Record<string, string>;
  /** Send the access token (default true). */
  auth?: boolean;
}

type Fetch = typeof fetch;

/**
 * JSON client for `/api`. Tokens live in this object only (memory); an expired access token is
 * refreshed once with the refresh token, and a failed refresh ends the session.
 */
export class ApiClient {
  private accessToken: string | null = null;
  private refreshToken: string | null = null;
  private refreshing: Promise<boolean> | null = null;
  onSessionExpired: (() => void) | null = null;

  constructor(
    private readonly baseUrl = '/api',
    private readonly fetchImpl: Fetch = (...args) => globalThis.fetch(...args),
    private readonly newRequestId: () => string = () => globalThis.crypto.randomUUID(),
  ) {}

  setTokens(tokens: { access_token: string; refresh_token: string } | null): void {
    this.accessToken = tokens?.access_token ?? null;
    this.refreshToken = tokens?.refresh_token ?? null;
  }

  get currentRefreshToken(): string | null {
    return this.refreshToken;
  }

  get hasSession(): boolean {
    return this.accessToken !== null;
  }

  get<T>(path: string, options: RequestOptions = {}): Promise<T> {
    return this.request<T>('GET', path, options);
  }

  post<T>(path: string, body?: unknown, options: RequestOptions = {}): Promise<T> {
    return this.request<T>('POST', path, { ...options, body });
  }

  put<T>(path: string, body?: unknown, options: RequestOptions = {}): Promise<T> {
    return this.request<T>('PUT', path, { ...options, body });
  }

  patch<T>(path: string, body?: unknown, options: RequestOptions = {}): Promise<T> {
    return this.request<T>('PATCH', path, { ...options, body });
  }

  delete<T = void>(path: string, options: RequestOptions = {}): Promise<T> {
    return this.request<T>('DELETE', path, options);
  }

  /** A GET whose answer is text (not JSON), with its headers; errors as for `request`. */
  async text(
    path: string,
    options: RequestOptions = {},
  ): Promise<{ text: string; headers: Headers }> {
    let response = await this.send('GET', path, options);
    if (response.status === 401 && options.auth !== false && this.refreshToken) {
      if (await this.refresh()) response = await this.send('GET', path, options);
      else this.onSessionExpired?.();
    }
    if (!response.ok) return this.parse(response);
    return { text: await response.text(), headers: response.headers };
  }

  async request<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
    const response = await this.send(method, path, options);
    if (response.status === 401 && options.auth !== false && this.refreshToken) {
      if (await this.refresh()) {
        return this.parse<T>(await this.send(method, path, options));
      }
      this.onSessionExpired?.();
    }
    return this.parse<T>(response);
  }

  private url(path: string, query?: RequestOptions['query']): string {
    const params = new URLSearchParams();
    for (const [k, v] of Object.entries(query ?? {})) {
      if (v !== undefined && v !== null && v !== '') params.set(k, String(v));
    }
    const qs = params.toString();
    return `${this.baseUrl}${path}${qs ? `?${qs}` : ''}`;
  }

  private async send(method: string, path: string, options: RequestOptions): Promise<Response> {
    const requestId = this.newRequestId();
    const headers: Record<string, string> = {
      Accept: 'application/json',
      'X-Request-Id': requestId,
      ...options.headers,
    };
    if (options.body !== undefined) headers['Content-Type'] = 'application/json';
    if (options.auth !== false && this.accessToken) {
      headers.Authorization = `Bearer ${this.accessToken}`;
    }
    try {
      return await this.fetchImpl(this.url(path, options.query), {
        method,
        headers,
        body: options.body === undefined ? undefined : JSON.stringify(options.body),
        credentials: 'same-origin',
        cache: 'no-store',
      });
    } catch {
      throw new ApiError(
        0,
        { message: 'The server could not be reached. Check your connection and try again.' },
        requestId,
      );
    }
  }

  private async parse<T>(response: Response): Promise<T> {
    const requestId = response.headers.get('X-Request-Id');
    if (response.ok) {
      if (response.status === 204) return undefined as T;
      const text = await response.text();
      return (text ? JSON.parse(text) : undefined) as T;
    }
    let body: Partial<ApiErrorBody> = {};
    try {
      const parsed: unknown = JSON.parse(await response.text());
      if (parsed && typeof parsed === 'object') body = parsed as Partial<ApiErrorBody>;
    } catch {
      body = { message: `${response.status} ${response.statusText || 'error'}`.trim() };
    }
    const retry = Number(response.headers.get('Retry-After'));
    throw new ApiError(
      response.status,
      body,
      requestId,
      Number.isFinite(retry) && retry > 0 ? retry : null,
    );
  }

  private refresh(): Promise<boolean> {
    if (!this.refreshing) {
      const token = this.refreshToken;
      this.refreshing = (async () => {
        try {
          const res = await this.send('POST', '/auth/refresh', {
            auth: false,
            body: { refresh_token: token },
          });
          if (!res.ok) return false;
          const tokens = (await res.json()) as TokenResponse;
          this.setTokens(tokens);
          return true;
        } catch {
          return false;
        } finally {
          this.refreshing = null;
        }
      })();
    }
    return this.refreshing;
  }
}

/** A readable sentence for any error the UI may meet. */
export function describeError(error: unknown): {
  message: string;
  code?: string;
  requestId?: string | null;
} {
  if (error instanceof ApiError) {
    let message = error.message;
    if (error.status === 429 && error.retryAfter) message += ` Try again in ${error.retryAfter} s.`;
    return { message, code: error.code, requestId: error.requestId };
  }
  if (error && typeof error === 'object' && 'name' in error && error.name === 'CryptoError') {
    const code = (error as { code?: string }).code;
    const message =
      code === 'DECRYPT_FAILED'
        ? 'This value could not be decrypted: it was changed, moved, or the key is wrong.'
        : (error as Error).message;
    return { message, code };
  }
  if (error instanceof Error) return { message: error.message };
  return { message: 'Something went wrong.' };
}

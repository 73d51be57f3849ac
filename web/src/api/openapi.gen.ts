/**
 * Generated from docs/openapi.json by `npm run openapi` (openapi-typescript). Do not edit:
 * change the API, refresh the document, and generate again.
 */

export interface paths {
    "/api/anomalies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List */
        get: {
            parameters: {
                query?: {
                    key_id?: string;
                    page?: number;
                    size?: number;
                    status?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PageAnomalyBody"];
                    };
                };
                /** @description The request is malformed or a field is invalid (VALIDATION) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description No valid access token (AUTHENTICATION) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The caller may not do this (AUTHORIZATION) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description Too many requests; retry after Retry-After seconds (RATE_LIMIT) */
                429: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description An unexpected error (INTERNAL_SERVER) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The database or Redis is briefly unreachable (SERVICE_UNAVAILABLE), or the database's disk is full (STORAGE_FULL); retry after Retry-After seconds (INTERNAL_SERVER) */
                503: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/anomalies/{id}/resolve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Resolve */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description A UUID, e.g. 3f2b8c1e-5d6a-4c7b-9e8f-0a1b2c3d4e5f */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AnomalyBody"];
                    };
                };
                /** @description The request is malformed or a field is invalid (VALIDATION) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description No valid access token (AUTHENTICATION) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The caller may not do this (AUTHORIZATION) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description No such resource or team, or the caller may not see it: both answer alike (NOT_FOUND) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description Too many requests; retry after Retry-After seconds (RATE_LIMIT) */
                429: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description An unexpected error (INTERNAL_SERVER) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The database or Redis is briefly unreachable (SERVICE_UNAVAILABLE), or the database's disk is full (STORAGE_FULL); retry after Retry-After seconds (INTERNAL_SERVER) */
                503: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List */
        get: {
            parameters: {
                query?: {
                    action?: string;
                    from?: string;
                    page?: number;
                    resource_id?: string;
                    size?: number;
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PageAuditLogEntry"];
                    };
                };
                /** @description The request is malformed or a field is invalid (VALIDATION) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description No valid access token (AUTHENTICATION) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The caller may not do this (AUTHORIZATION) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description Too many requests; retry after Retry-After seconds (RATE_LIMIT) */
                429: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description An unexpected error (INTERNAL_SERVER) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The database or Redis is briefly unreachable (SERVICE_UNAVAILABLE), or the database's disk is full (STORAGE_FULL); retry after Retry-After seconds (INTERNAL_SERVER) */
                503: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Export */
        get: {
            parameters: {
                query?: {
                    after?: number;
                    team_id?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description One sealed entry per line, with its chain index and hashes */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/x-ndjson": string;
                    };
                };
                /** @description The request is malformed or a field is invalid (VALIDATION) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description No valid access token (AUTHENTICATION) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The caller may not do this (AUTHORIZATION) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description No such resource or team, or the caller may not see it: both answer alike (NOT_FOUND) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description Too many requests; retry after Retry-After seconds (RATE_LIMIT) */
                429: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description An unexpected error (INTERNAL_SERVER) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The database or Redis is briefly unreachable (SERVICE_UNAVAILABLE), or the database's disk is full (STORAGE_FULL); retry after Retry-After seconds (INTERNAL_SERVER) */
                503: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Verify */
        get: {
            parameters: {
                query?: {
                    full?: boolean;
                    team_id?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["VerifyResponse"];
                    };
                };
                /** @description The request is malformed or a field is invalid (VALIDATION) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description No valid access token (AUTHENTICATION) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The caller may not do this (AUTHORIZATION) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description No such resource or team, or the caller may not see it: both answer alike (NOT_FOUND) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description Too many requests; retry after Retry-After seconds (RATE_LIMIT) */
                429: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description An unexpected error (INTERNAL_SERVER) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The database or Redis is briefly unreachable (SERVICE_UNAVAILABLE), or the database's disk is full (STORAGE_FULL); retry after Retry-After seconds (INTERNAL_SERVER) */
                503: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Login */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["LoginRequest"];
                };
            };
            responses: {
                /** @description Signed in (tokens and wrapped keys), or, when a second factor is on, the second step: mfa_required, a single-use mfa_token and no tokens */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["LoginResponse"] | components["schemas"]["MfaChallengeResponse"];
                    };
                };
                /** @description Bad Request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description Unknown e-mail or wrong auth hash, one message for both (AUTHENTICATION) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The body is larger than the API accepts (VALIDATION) */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The body is not application/json (VALIDATION) */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description Too many requests; retry after Retry-After seconds (RATE_LIMIT) */
                429: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description An unexpected error (INTERNAL_SERVER) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The database or Redis is briefly unreachable (SERVICE_UNAVAILABLE), or the database's disk is full (STORAGE_FULL); retry after Retry-After seconds (INTERNAL_SERVER) */
                503: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/login/mfa": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Login Mfa */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["MfaLoginRequest"];
                };
            };
            responses: {
                /** @description Signed in: the normal login body */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["LoginResponse"];
                    };
                };
                /** @description Not exactly one of totp_code and recovery_code (VALIDATION: ONE_CODE) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description A wrong, reused or expired code, or an unknown, used or expired mfa_token (AUTHENTICATION) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The body is larger than the API accepts (VALIDATION) */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The body is not application/json (VALIDATION) */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description Too many wrong second-factor codes for this account (RATE_LIMIT) */
                429: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description An unexpected error (INTERNAL_SERVER) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The database or Redis is briefly unreachable (SERVICE_UNAVAILABLE), or the database's disk is full (STORAGE_FULL); retry after Retry-After seconds (INTERNAL_SERVER) */
                503: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/login/mfa/webauthn/options": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Options */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["LoginOptionsRequest"];
                };
            };
            responses: {
                /** @description PublicKeyCredentialRequestOptions (WebAuthn JSON form): a single-use challenge bound to the mfa_token and the account's passkeys */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["RequestOptions"];
                    };
                };
                /** @description Bad Request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description An unknown, used or expired mfa_token (AUTHENTICATION) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The account has no passkey (CONFLICT: NO_PASSKEY) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The body is larger than the API accepts (VALIDATION) */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The body is not application/json (VALIDATION) */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description Too many requests; retry after Retry-After seconds (RATE_LIMIT) */
                429: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description An unexpected error (INTERNAL_SERVER) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The database or Redis is briefly unreachable (SERVICE_UNAVAILABLE), or the database's disk is full (STORAGE_FULL); retry after Retry-After seconds (INTERNAL_SERVER) */
                503: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Logout */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["LogoutRequest"];
                };
            };
            responses: {
                /** @description The sign-in of this refresh token has ended (also when it was unknown or spent) */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Bad Request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The body is larger than the API accepts (VALIDATION) */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The body is not application/json (VALIDATION) */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description Too many requests; retry after Retry-After seconds (RATE_LIMIT) */
                429: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description An unexpected error (INTERNAL_SERVER) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The database or Redis is briefly unreachable (SERVICE_UNAVAILABLE), or the database's disk is full (STORAGE_FULL); retry after Retry-After seconds (INTERNAL_SERVER) */
                503: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/logout-all": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Logout All */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: number;
                        };
                    };
                };
                /** @description No valid access token (AUTHENTICATION) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The caller may not do this (AUTHORIZATION) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description Too many requests; retry after Retry-After seconds (RATE_LIMIT) */
                429: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description An unexpected error (INTERNAL_SERVER) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The database or Redis is briefly unreachable (SERVICE_UNAVAILABLE), or the database's disk is full (STORAGE_FULL); retry after Retry-After seconds (INTERNAL_SERVER) */
                503: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/machine": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Machine Login */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["MachineLoginRequest"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MachineLoginResponse"];
                    };
                };
                /** @description Bad Request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The machine token is invalid or revoked (AUTHENTICATION) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The body is larger than the API accepts (VALIDATION) */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The body is not application/json (VALIDATION) */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description Too many requests; retry after Retry-After seconds (RATE_LIMIT) */
                429: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description An unexpected error (INTERNAL_SERVER) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The database or Redis is briefly unreachable (SERVICE_UNAVAILABLE), or the database's disk is full (STORAGE_FULL); retry after Retry-After seconds (INTERNAL_SERVER) */
                503: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/prelogin": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Prelogin */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["PreloginRequest"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PreloginResponse"];
                    };
                };
                /** @description Bad Request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The body is larger than the API accepts (VALIDATION) */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The body is not application/json (VALIDATION) */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description Too many requests; retry after Retry-After seconds (RATE_LIMIT) */
                429: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description An unexpected error (INTERNAL_SERVER) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The database or Redis is briefly unreachable (SERVICE_UNAVAILABLE), or the database's disk is full (STORAGE_FULL); retry after Retry-After seconds (INTERNAL_SERVER) */
                503: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Refresh */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["RefreshRequest"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TokenResponse"];
                    };
                };
                /** @description Bad Request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The refresh token is unknown, expired or already used (AUTHENTICATION) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The body is larger than the API accepts (VALIDATION) */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The body is not application/json (VALIDATION) */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description Too many requests; retry after Retry-After seconds (RATE_LIMIT) */
                429: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description An unexpected error (INTERNAL_SERVER) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The database or Redis is briefly unreachable (SERVICE_UNAVAILABLE), or the database's disk is full (STORAGE_FULL); retry after Retry-After seconds (INTERNAL_SERVER) */
                503: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/register": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Register */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["RegisterRequest"];
                };
            };
            responses: {
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["RegisterResponse"];
                    };
                };
                /** @description Bad Request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The e-mail already has an account (CONFLICT) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The body is larger than the API accepts (VALIDATION) */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The body is not application/json (VALIDATION) */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description Too many requests; retry after Retry-After seconds (RATE_LIMIT) */
                429: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description An unexpected error (INTERNAL_SERVER) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The database or Redis is briefly unreachable (SERVICE_UNAVAILABLE), or the database's disk is full (STORAGE_FULL); retry after Retry-After seconds (INTERNAL_SERVER) */
                503: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/verify-email": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Verify Email */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["VerifyEmailRequest"];
                };
            };
            responses: {
                /** @description The address is verified */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Unknown, used or expired token (VALIDATION: INVALID_TOKEN) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The body is larger than the API accepts (VALIDATION) */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The body is not application/json (VALIDATION) */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description Too many requests; retry after Retry-After seconds (RATE_LIMIT) */
                429: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description An unexpected error (INTERNAL_SERVER) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The database or Redis is briefly unreachable (SERVICE_UNAVAILABLE), or the database's disk is full (STORAGE_FULL); retry after Retry-After seconds (INTERNAL_SERVER) */
                503: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/billing/checkout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Checkout */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["CheckoutRequest"];
                };
            };
            responses: {
                /** @description The Stripe Checkout page to send the user to */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["RedirectUrl"];
                    };
                };
                /** @description Bad Request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description No valid access token (AUTHENTICATION) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The caller may not do this (AUTHORIZATION) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description Billing is off, or the account already has this plan (CONFLICT) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The body is larger than the API accepts (VALIDATION) */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The body is not application/json (VALIDATION) */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description Too many requests; retry after Retry-After seconds (RATE_LIMIT) */
                429: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description An unexpected error (INTERNAL_SERVER) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description Stripe could not be reached (EXTERNAL_SERVICE) */
                502: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The database or Redis is briefly unreachable (SERVICE_UNAVAILABLE), or the database's disk is full (STORAGE_FULL); retry after Retry-After seconds (INTERNAL_SERVER) */
                503: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/billing/portal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Portal */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The Stripe Customer Portal page to send the user to */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["RedirectUrl"];
                    };
                };
                /** @description No valid access token (AUTHENTICATION) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The caller may not do this (AUTHORIZATION) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description Billing is off, or the account has no Stripe customer yet (CONFLICT) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description Too many requests; retry after Retry-After seconds (RATE_LIMIT) */
                429: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description An unexpected error (INTERNAL_SERVER) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description Stripe could not be reached (EXTERNAL_SERVICE) */
                502: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The database or Redis is briefly unreachable (SERVICE_UNAVAILABLE), or the database's disk is full (STORAGE_FULL); retry after Retry-After seconds (INTERNAL_SERVER) */
                503: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/billing/subscription": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Subscription */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SubscriptionView"];
                    };
                };
                /** @description No valid access token (AUTHENTICATION) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The caller may not do this (AUTHORIZATION) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description Too many requests; retry after Retry-After seconds (RATE_LIMIT) */
                429: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description An unexpected error (INTERNAL_SERVER) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The database or Redis is briefly unreachable (SERVICE_UNAVAILABLE), or the database's disk is full (STORAGE_FULL); retry after Retry-After seconds (INTERNAL_SERVER) */
                503: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/connections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The caller's connections and those of the teams it is an admin of */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Connections"];
                    };
                };
                /** @description No valid access token (AUTHENTICATION) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The caller may not do this (AUTHORIZATION) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description Too many requests; retry after Retry-After seconds (RATE_LIMIT) */
                429: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description An unexpected error (INTERNAL_SERVER) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The database or Redis is briefly unreachable (SERVICE_UNAVAILABLE), or the database's disk is full (STORAGE_FULL); retry after Retry-After seconds (INTERNAL_SERVER) */
                503: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
            };
        };
        put?: never;
        /** Create */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ConnectionRequest"];
                };
            };
            responses: {
                /** @description Connected; the credential is stored sealed and never answered */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Connection"];
                    };
                };
                /** @description Invalid (INVALID_CREDENTIAL, HOST_NOT_ALLOWED, HOST_UNKNOWN), or a provider this server cannot rotate yet (PROVIDER_NOT_SUPPORTED) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description No valid access token (AUTHENTICATION) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The caller may not do this (AUTHORIZATION) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description A team the caller is not an admin of */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The body is larger than the API accepts (VALIDATION) */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The body is not application/json (VALIDATION) */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description Too many requests; retry after Retry-After seconds (RATE_LIMIT) */
                429: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description An unexpected error (INTERNAL_SERVER) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description This server has no key to seal credentials with (ENVELOPE_NOT_CONFIGURED) */
                503: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/connections/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description A UUID, e.g. 3f2b8c1e-5d6a-4c7b-9e8f-0a1b2c3d4e5f */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Removed with its sealed credential and the rotations that used it */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description The request is malformed or a field is invalid (VALIDATION) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description No valid access token (AUTHENTICATION) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The caller may not do this (AUTHORIZATION) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description No such connection of the caller */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description A rotation using it is running, in its grace period or failed (CONNECTION_IN_USE) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description Too many requests; retry after Retry-After seconds (RATE_LIMIT) */
                429: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description An unexpected error (INTERNAL_SERVER) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The database or Redis is briefly unreachable (SERVICE_UNAVAILABLE), or the database's disk is full (STORAGE_FULL); retry after Retry-After seconds (INTERNAL_SERVER) */
                503: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/insights": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    resolved?: string;
                    severity?: string;
                    size?: number;
                    type?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PageInsightBody"];
                    };
                };
                /** @description The request is malformed or a field is invalid (VALIDATION) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description No valid access token (AUTHENTICATION) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The caller may not do this (AUTHORIZATION) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description Too many requests; retry after Retry-After seconds (RATE_LIMIT) */
                429: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description An unexpected error (INTERNAL_SERVER) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The database or Redis is briefly unreachable (SERVICE_UNAVAILABLE), or the database's disk is full (STORAGE_FULL); retry after Retry-After seconds (INTERNAL_SERVER) */
                503: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/insights/{id}/resolve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Resolve */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description A UUID, e.g. 3f2b8c1e-5d6a-4c7b-9e8f-0a1b2c3d4e5f */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["InsightBody"];
                    };
                };
                /** @description The request is malformed or a field is invalid (VALIDATION) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description No valid access token (AUTHENTICATION) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The caller may not do this (AUTHORIZATION) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description No such resource or team, or the caller may not see it: both answer alike (NOT_FOUND) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description Too many requests; retry after Retry-After seconds (RATE_LIMIT) */
                429: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description An unexpected error (INTERNAL_SERVER) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The database or Redis is briefly unreachable (SERVICE_UNAVAILABLE), or the database's disk is full (STORAGE_FULL); retry after Retry-After seconds (INTERNAL_SERVER) */
                503: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/insights/query": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Query */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["QueryRequest"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["QueryAnswer"];
                    };
                };
                /** @description Bad Request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description No valid access token (AUTHENTICATION) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The caller may not do this (AUTHORIZATION) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The body is larger than the API accepts (VALIDATION) */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The body is not application/json (VALIDATION) */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description Too many requests; retry after Retry-After seconds (RATE_LIMIT) */
                429: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description An unexpected error (INTERNAL_SERVER) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The database or Redis is briefly unreachable (SERVICE_UNAVAILABLE), or the database's disk is full (STORAGE_FULL); retry after Retry-After seconds (INTERNAL_SERVER) */
                503: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/insights/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Refresh */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Refreshed */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["RefreshAccepted"];
                    };
                };
                /** @description No valid access token (AUTHENTICATION) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The caller may not do this (AUTHORIZATION) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description Too many requests; retry after Retry-After seconds (RATE_LIMIT) */
                429: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description An unexpected error (INTERNAL_SERVER) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The database or Redis is briefly unreachable (SERVICE_UNAVAILABLE), or the database's disk is full (STORAGE_FULL); retry after Retry-After seconds (INTERNAL_SERVER) */
                503: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/insights/risks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Risks */
        get: {
            parameters: {
                query?: {
                    size?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["RiskList"];
                    };
                };
                /** @description The request is malformed or a field is invalid (VALIDATION) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description No valid access token (AUTHENTICATION) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The caller may not do this (AUTHORIZATION) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description Too many requests; retry after Retry-After seconds (RATE_LIMIT) */
                429: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description An unexpected error (INTERNAL_SERVER) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The database or Redis is briefly unreachable (SERVICE_UNAVAILABLE), or the database's disk is full (STORAGE_FULL); retry after Retry-After seconds (INTERNAL_SERVER) */
                503: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/integrations/github": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Status */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Whether GitHub is connected, and as whom */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["GitHubConnection"];
                    };
                };
                /** @description No valid access token (AUTHENTICATION) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The caller may not do this (AUTHORIZATION) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description Too many requests; retry after Retry-After seconds (RATE_LIMIT) */
                429: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description An unexpected error (INTERNAL_SERVER) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description GitHub is not answering (EXTERNAL_SERVICE, code GITHUB_UNAVAILABLE) */
                503: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
            };
        };
        /** Connect */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["GitHubConnectRequest"];
                };
            };
            responses: {
                /** @description Connected; the token's login */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["GitHubLogin"];
                    };
                };
                /** @description Invalid, or GitHub does not accept the token (VALIDATION, GITHUB_TOKEN_INVALID) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description No valid access token (AUTHENTICATION) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The caller may not do this (AUTHORIZATION) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The token lacks a permission (EXTERNAL_SERVICE, GITHUB_PERMISSION_MISSING) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The body is larger than the API accepts (VALIDATION) */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The body is not application/json (VALIDATION) */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description Too many requests; retry after Retry-After seconds (RATE_LIMIT) */
                429: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description An unexpected error (INTERNAL_SERVER) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description GitHub answered an error (EXTERNAL_SERVICE) */
                502: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description GitHub is not answering (EXTERNAL_SERVICE, code GITHUB_UNAVAILABLE) */
                503: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
            };
        };
        post?: never;
        /** Disconnect */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Disconnected; the sealed token is erased */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No valid access token (AUTHENTICATION) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The caller may not do this (AUTHORIZATION) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description Too many requests; retry after Retry-After seconds (RATE_LIMIT) */
                429: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description An unexpected error (INTERNAL_SERVER) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description GitHub is not answering (EXTERNAL_SERVICE, code GITHUB_UNAVAILABLE) */
                503: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/integrations/github/deploy-keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Deploy Keys */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The deploy keys the caller registered */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["GitHubDeployKeys"];
                    };
                };
                /** @description No valid access token (AUTHENTICATION) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The caller may not do this (AUTHORIZATION) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description Too many requests; retry after Retry-After seconds (RATE_LIMIT) */
                429: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description An unexpected error (INTERNAL_SERVER) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description GitHub is not answering (EXTERNAL_SERVICE, code GITHUB_UNAVAILABLE) */
                503: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/integrations/github/orgs/{org}/public-key": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Organisation Public Key */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    org: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description An organisation's Actions public key to seal values to */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["GitHubPublicKey"];
                    };
                };
                /** @description The request is malformed or a field is invalid (VALIDATION) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description No valid access token (AUTHENTICATION) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The caller may not do this (AUTHORIZATION) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description No such resource or team, or the caller may not see it: both answer alike (NOT_FOUND) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description Not connected, token revoked or lacking a permission (see the code) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description Too many requests; retry after Retry-After seconds (RATE_LIMIT) */
                429: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description An unexpected error (INTERNAL_SERVER) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description GitHub answered an error (EXTERNAL_SERVICE) */
                502: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description GitHub is not answering (EXTERNAL_SERVICE, code GITHUB_UNAVAILABLE) */
                503: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/integrations/github/orgs/{org}/secrets/{name}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Push Organisation Secret */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    name: string;
                    org: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["GitHubPushSecret"];
                };
            };
            responses: {
                /** @description The organisation secret was created or updated (visible to its private and internal repositories) */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Bad Request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description No valid access token (AUTHENTICATION) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The caller may not do this (AUTHORIZATION) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description No such resource or team, or the caller may not see it: both answer alike (NOT_FOUND) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description Not connected, token revoked or lacking a permission (see the code) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The body is larger than the API accepts (VALIDATION) */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The body is not application/json (VALIDATION) */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description Too many requests; retry after Retry-After seconds (RATE_LIMIT) */
                429: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description An unexpected error (INTERNAL_SERVER) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description GitHub answered an error (EXTERNAL_SERVICE) */
                502: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description GitHub is not answering (EXTERNAL_SERVICE, code GITHUB_UNAVAILABLE) */
                503: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/integrations/github/repos": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Repositories */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The repositories the token can see */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["GitHubRepositories"];
                    };
                };
                /** @description No valid access token (AUTHENTICATION) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The caller may not do this (AUTHORIZATION) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description GitHub is not connected (GITHUB_NOT_CONNECTED), or the token was revoked (GITHUB_TOKEN_REVOKED) or lacks a permission (GITHUB_PERMISSION_MISSING) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description Too many requests; retry after Retry-After seconds (RATE_LIMIT) */
                429: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description An unexpected error (INTERNAL_SERVER) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description GitHub answered an error (EXTERNAL_SERVICE) */
                502: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description GitHub is not answering (EXTERNAL_SERVICE, code GITHUB_UNAVAILABLE) */
                503: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/integrations/github/repos/{owner}/{repo}/deploy-keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add Deploy Key */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    owner: string;
                    repo: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["GitHubDeployKeyRequest"];
                };
            };
            responses: {
                /** @description The deploy key is registered at GitHub */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["GitHubDeployKey"];
                    };
                };
                /** @description Bad Request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description No valid access token (AUTHENTICATION) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The caller may not do this (AUTHORIZATION) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description No such resource or team, or the caller may not see it: both answer alike (NOT_FOUND) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description Not connected, token revoked or lacking a permission (see the code) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The body is larger than the API accepts (VALIDATION) */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The body is not application/json (VALIDATION) */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description Too many requests; retry after Retry-After seconds (RATE_LIMIT) */
                429: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description An unexpected error (INTERNAL_SERVER) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description GitHub answered an error (EXTERNAL_SERVICE) */
                502: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description GitHub is not answering (EXTERNAL_SERVICE, code GITHUB_UNAVAILABLE) */
                503: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/integrations/github/repos/{owner}/{repo}/public-key": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Public Key */
        get: {
            parameters: {
                query?: {
                    /** @description A deployment environment: its own public key */
                    environment?: string;
                };
                header?: never;
                path: {
                    owner: string;
                    repo: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The Actions public key to seal values to */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["GitHubPublicKey"];
                    };
                };
                /** @description The request is malformed or a field is invalid (VALIDATION) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description No valid access token (AUTHENTICATION) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The caller may not do this (AUTHORIZATION) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description No such resource or team, or the caller may not see it: both answer alike (NOT_FOUND) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description Not connected, token revoked or lacking a permission (see the code) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description Too many requests; retry after Retry-After seconds (RATE_LIMIT) */
                429: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description An unexpected error (INTERNAL_SERVER) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description GitHub answered an error (EXTERNAL_SERVICE) */
                502: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description GitHub is not answering (EXTERNAL_SERVICE, code GITHUB_UNAVAILABLE) */
                503: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/integrations/github/repos/{owner}/{repo}/secrets/{name}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Push Secret */
        put: {
            parameters: {
                query?: {
                    /** @description A deployment environment: the secret is the environment's */
                    environment?: string;
                };
                header?: never;
                path: {
                    name: string;
                    owner: string;
                    repo: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["GitHubPushSecret"];
                };
            };
            responses: {
                /** @description The secret was created or updated at GitHub */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Bad Request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description No valid access token (AUTHENTICATION) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The caller may not do this (AUTHORIZATION) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description No such resource or team, or the caller may not see it: both answer alike (NOT_FOUND) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description Not connected, token revoked or lacking a permission (see the code) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The body is larger than the API accepts (VALIDATION) */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The body is not application/json (VALIDATION) */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description Too many requests; retry after Retry-After seconds (RATE_LIMIT) */
                429: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description An unexpected error (INTERNAL_SERVER) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description GitHub answered an error (EXTERNAL_SERVICE) */
                502: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description GitHub is not answering (EXTERNAL_SERVICE, code GITHUB_UNAVAILABLE) */
                503: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/integrations/github/syncs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Syncs */
        get: {
            parameters: {
                query?: {
                    key_id?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Where the caller pushed vault keys, and which pushes are stale */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["GitHubSecretSyncs"];
                    };
                };
                /** @description The request is malformed or a field is invalid (VALIDATION) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description No valid access token (AUTHENTICATION) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The caller may not do this (AUTHORIZATION) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description Too many requests; retry after Retry-After seconds (RATE_LIMIT) */
                429: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description An unexpected error (INTERNAL_SERVER) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description GitHub is not answering (EXTERNAL_SERVICE, code GITHUB_UNAVAILABLE) */
                503: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List */
        get: {
            parameters: {
                query?: {
                    deleted?: boolean;
                    environment?: string;
                    page?: number;
                    q?: string;
                    service?: string;
                    size?: number;
                    /** @description The order: name, service, environment, health, expires_at, created_at or updated_at; a leading - for descending. Default -created_at (newest first); keys without an expiry come last. */
                    sort?: string;
                    tag?: string;
                    team_id?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PageApiKey"];
                    };
                };
                /** @description The request is malformed or a field is invalid (VALIDATION) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description No valid access token (AUTHENTICATION) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The caller may not do this (AUTHORIZATION) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description No such resource or team, or the caller may not see it: both answer alike (NOT_FOUND) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description Too many requests; retry after Retry-After seconds (RATE_LIMIT) */
                429: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description An unexpected error (INTERNAL_SERVER) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The database or Redis is briefly unreachable (SERVICE_UNAVAILABLE), or the database's disk is full (STORAGE_FULL); retry after Retry-After seconds (INTERNAL_SERVER) */
                503: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
            };
        };
        put?: never;
        /** Create */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["CreateKeyRequest"];
                };
            };
            responses: {
                /** @description Created */
                201: {
                    headers: {
                        /** @description The strong ETag "<version>" */
                        ETag?: string;
                        /** @description The new key's address */
                        Location?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiKey"];
                    };
                };
                /** @description Bad Request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description No valid access token (AUTHENTICATION) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The plan's key limit is reached (VALIDATION, code PLAN_LIMIT) */
                402: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The caller may not do this (AUTHORIZATION) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The team does not exist or the caller is not in it (NOT_FOUND) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The id is taken, or a team key's value is under a rotated-away team key (CONFLICT, TEAM_KEY_ROTATED) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The body is larger than the API accepts (VALIDATION) */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The body is not application/json (VALIDATION) */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description Too many requests; retry after Retry-After seconds (RATE_LIMIT) */
                429: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description An unexpected error (INTERNAL_SERVER) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The database or Redis is briefly unreachable (SERVICE_UNAVAILABLE), or the database's disk is full (STORAGE_FULL); retry after Retry-After seconds (INTERNAL_SERVER) */
                503: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/keys/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description A UUID, e.g. 3f2b8c1e-5d6a-4c7b-9e8f-0a1b2c3d4e5f */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        /** @description The strong ETag "<version>" */
                        ETag?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiKey"];
                    };
                };
                /** @description The request is malformed or a field is invalid (VALIDATION) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description No valid access token (AUTHENTICATION) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The caller may not do this (AUTHORIZATION) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description No such resource or team, or the caller may not see it: both answer alike (NOT_FOUND) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description Too many requests; retry after Retry-After seconds (RATE_LIMIT) */
                429: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description An unexpected error (INTERNAL_SERVER) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The database or Redis is briefly unreachable (SERVICE_UNAVAILABLE), or the database's disk is full (STORAGE_FULL); retry after Retry-After seconds (INTERNAL_SERVER) */
                503: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
            };
        };
        /** Update */
        put: {
            parameters: {
                query?: never;
                header?: {
                    "If-Match"?: string;
                };
                path: {
                    /** @description A UUID, e.g. 3f2b8c1e-5d6a-4c7b-9e8f-0a1b2c3d4e5f */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["UpdateKeyRequest"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        /** @description The strong ETag "<version>" */
                        ETag?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiKey"];
                    };
                };
                /** @description Bad Request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description No valid access token (AUTHENTICATION) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The key is read-only on the current plan (PLAN_LIMIT) */
                402: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The caller may not do this (AUTHORIZATION) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description No such resource or team, or the caller may not see it: both answer alike (NOT_FOUND) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description A team key's value under a team key generation that a rotation replaced (TEAM_KEY_ROTATED) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description If-Match names a version that is no longer current (CONFLICT) */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The body is larger than the API accepts (VALIDATION) */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The body is not application/json (VALIDATION) */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description Too many requests; retry after Retry-After seconds (RATE_LIMIT) */
                429: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description An unexpected error (INTERNAL_SERVER) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The database or Redis is briefly unreachable (SERVICE_UNAVAILABLE), or the database's disk is full (STORAGE_FULL); retry after Retry-After seconds (INTERNAL_SERVER) */
                503: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
            };
        };
        post?: never;
        /** Delete */
        delete: {
            parameters: {
                query?: {
                    purge?: boolean;
                };
                header?: never;
                path: {
                    /** @description A UUID, e.g. 3f2b8c1e-5d6a-4c7b-9e8f-0a1b2c3d4e5f */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Done */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description The request is malformed or a field is invalid (VALIDATION) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description No valid access token (AUTHENTICATION) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The caller may not do this (AUTHORIZATION) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description No such resource or team, or the caller may not see it: both answer alike (NOT_FOUND) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description Too many requests; retry after Retry-After seconds (RATE_LIMIT) */
                429: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description An unexpected error (INTERNAL_SERVER) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The database or Redis is briefly unreachable (SERVICE_UNAVAILABLE), or the database's disk is full (STORAGE_FULL); retry after Retry-After seconds (INTERNAL_SERVER) */
                503: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/keys/{id}/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Health */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description A UUID, e.g. 3f2b8c1e-5d6a-4c7b-9e8f-0a1b2c3d4e5f */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["HealthBody"];
                    };
                };
                /** @description The request is malformed or a field is invalid (VALIDATION) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description No valid access token (AUTHENTICATION) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The caller may not do this (AUTHORIZATION) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description No such resource or team, or the caller may not see it: both answer alike (NOT_FOUND) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description Too many requests; retry after Retry-After seconds (RATE_LIMIT) */
                429: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description An unexpected error (INTERNAL_SERVER) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The database or Redis is briefly unreachable (SERVICE_UNAVAILABLE), or the database's disk is full (STORAGE_FULL); retry after Retry-After seconds (INTERNAL_SERVER) */
                503: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/keys/{id}/ingest-tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tokens */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description A UUID, e.g. 3f2b8c1e-5d6a-4c7b-9e8f-0a1b2c3d4e5f */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ItemsIngestTokenItem"];
                    };
                };
                /** @description The request is malformed or a field is invalid (VALIDATION) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description No valid access token (AUTHENTICATION) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The caller may not do this (AUTHORIZATION) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description No such resource or team, or the caller may not see it: both answer alike (NOT_FOUND) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description Too many requests; retry after Retry-After seconds (RATE_LIMIT) */
                429: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description An unexpected error (INTERNAL_SERVER) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The database or Redis is briefly unreachable (SERVICE_UNAVAILABLE), or the database's disk is full (STORAGE_FULL); retry after Retry-After seconds (INTERNAL_SERVER) */
                503: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
            };
        };
        put?: never;
        /** Create Token */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description A UUID, e.g. 3f2b8c1e-5d6a-4c7b-9e8f-0a1b2c3d4e5f */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["IngestTokenRequest"];
                };
            };
            responses: {
                /** @description Created; the token is shown once */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["IngestTokenCreated"];
                    };
                };
                /** @description Bad Request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description No valid access token (AUTHENTICATION) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The caller may not do this (AUTHORIZATION) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description No such resource or team, or the caller may not see it: both answer alike (NOT_FOUND) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The body is larger than the API accepts (VALIDATION) */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The body is not application/json (VALIDATION) */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description Too many requests; retry after Retry-After seconds (RATE_LIMIT) */
                429: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description An unexpected error (INTERNAL_SERVER) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The database or Redis is briefly unreachable (SERVICE_UNAVAILABLE), or the database's disk is full (STORAGE_FULL); retry after Retry-After seconds (INTERNAL_SERVER) */
                503: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/keys/{id}/ingest-tokens/{tid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description A UUID, e.g. 3f2b8c1e-5d6a-4c7b-9e8f-0a1b2c3d4e5f */
                    id: string;
                    /** @description A UUID, e.g. 3f2b8c1e-5d6a-4c7b-9e8f-0a1b2c3d4e5f */
                    tid: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Revoked */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description The request is malformed or a field is invalid (VALIDATION) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description No valid access token (AUTHENTICATION) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The caller may not do this (AUTHORIZATION) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description No such resource or team, or the caller may not see it: both answer alike (NOT_FOUND) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description Too many requests; retry after Retry-After seconds (RATE_LIMIT) */
                429: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description An unexpected error (INTERNAL_SERVER) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The database or Redis is briefly unreachable (SERVICE_UNAVAILABLE), or the database's disk is full (STORAGE_FULL); retry after Retry-After seconds (INTERNAL_SERVER) */
                503: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/keys/{id}/move": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Move */
        post: {
            parameters: {
                query?: never;
                header?: {
                    "If-Match"?: string;
                };
                path: {
                    /** @description A UUID, e.g. 3f2b8c1e-5d6a-4c7b-9e8f-0a1b2c3d4e5f */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["MoveKeyRequest"];
                };
            };
            responses: {
                /** @description Moved: the key lives in the team, re-encrypted under its team key */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiKey"];
                    };
                };
                /** @description Bad Request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description No valid access token (AUTHENTICATION) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The caller may not do this (AUTHORIZATION) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description No such resource or team, or the caller may not see it: both answer alike (NOT_FOUND) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description Not a personal key of the caller (CONFLICT: NOT_PERSONAL) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description If-Match names a version that is no longer current (CONFLICT) */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The body is larger than the API accepts (VALIDATION) */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The body is not application/json (VALIDATION) */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description Too many requests; retry after Retry-After seconds (RATE_LIMIT) */
                429: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description An unexpected error (INTERNAL_SERVER) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The database or Redis is briefly unreachable (SERVICE_UNAVAILABLE), or the database's disk is full (STORAGE_FULL); retry after Retry-After seconds (INTERNAL_SERVER) */
                503: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/keys/{id}/restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Restore */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description A UUID, e.g. 3f2b8c1e-5d6a-4c7b-9e8f-0a1b2c3d4e5f */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        /** @description The strong ETag "<version>" */
                        ETag?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiKey"];
                    };
                };
                /** @description The request is malformed or a field is invalid (VALIDATION) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description No valid access token (AUTHENTICATION) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The plan's key limit is reached (VALIDATION, code PLAN_LIMIT) */
                402: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The caller may not do this (AUTHORIZATION) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description No such resource or team, or the caller may not see it: both answer alike (NOT_FOUND) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The key is not in the trash (CONFLICT) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description Too many requests; retry after Retry-After seconds (RATE_LIMIT) */
                429: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description An unexpected error (INTERNAL_SERVER) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The database or Redis is briefly unreachable (SERVICE_UNAVAILABLE), or the database's disk is full (STORAGE_FULL); retry after Retry-After seconds (INTERNAL_SERVER) */
                503: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/keys/{id}/rotate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Rotate */
        post: {
            parameters: {
                query?: never;
                header?: {
                    "If-Match"?: string;
                };
                path: {
                    /** @description A UUID, e.g. 3f2b8c1e-5d6a-4c7b-9e8f-0a1b2c3d4e5f */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["RotateKeyRequest"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        /** @description The strong ETag "<version>" */
                        ETag?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiKey"];
                    };
                };
                /** @description Bad Request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description No valid access token (AUTHENTICATION) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The key is read-only on the current plan (PLAN_LIMIT) */
                402: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The caller may not do this (AUTHORIZATION) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description No such resource or team, or the caller may not see it: both answer alike (NOT_FOUND) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description A team key's value under a team key generation that a rotation replaced (TEAM_KEY_ROTATED) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description If-Match names a version that is no longer current (CONFLICT) */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The body is larger than the API accepts (VALIDATION) */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The body is not application/json (VALIDATION) */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description Too many requests; retry after Retry-After seconds (RATE_LIMIT) */
                429: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description An unexpected error (INTERNAL_SERVER) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The database or Redis is briefly unreachable (SERVICE_UNAVAILABLE), or the database's disk is full (STORAGE_FULL); retry after Retry-After seconds (INTERNAL_SERVER) */
                503: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/keys/{id}/rotation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Status */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description A UUID, e.g. 3f2b8c1e-5d6a-4c7b-9e8f-0a1b2c3d4e5f */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Where the key's rotation stands, and its last 20 runs */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["RotationStatus"];
                    };
                };
                /** @description The request is malformed or a field is invalid (VALIDATION) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description No valid access token (AUTHENTICATION) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The caller may not do this (AUTHORIZATION) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description No such key visible to the caller */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description Too many requests; retry after Retry-After seconds (RATE_LIMIT) */
                429: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description An unexpected error (INTERNAL_SERVER) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The database or Redis is briefly unreachable (SERVICE_UNAVAILABLE), or the database's disk is full (STORAGE_FULL); retry after Retry-After seconds (INTERNAL_SERVER) */
                503: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
            };
        };
        /** Configure */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description A UUID, e.g. 3f2b8c1e-5d6a-4c7b-9e8f-0a1b2c3d4e5f */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["RotationSettingsRequest"];
                };
            };
            responses: {
                /** @description The key's rotation settings */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["RotationSettings"];
                    };
                };
                /** @description Invalid target (INVALID_TARGET), or a connection of another vault (CONNECTION_OF_ANOTHER_VAULT) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description No valid access token (AUTHENTICATION) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description Only the key's owner or an admin of its team manages its rotation */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description No such key visible to the caller */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description A rotation is running (ROTATION_IN_PROGRESS) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The body is larger than the API accepts (VALIDATION) */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The body is not application/json (VALIDATION) */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description Too many requests; retry after Retry-After seconds (RATE_LIMIT) */
                429: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description An unexpected error (INTERNAL_SERVER) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The database or Redis is briefly unreachable (SERVICE_UNAVAILABLE), or the database's disk is full (STORAGE_FULL); retry after Retry-After seconds (INTERNAL_SERVER) */
                503: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/keys/{id}/rotation-schedule": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Schedule */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description A UUID, e.g. 3f2b8c1e-5d6a-4c7b-9e8f-0a1b2c3d4e5f */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["RotationScheduleRequest"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["RotationScheduleBody"];
                    };
                };
                /** @description Bad Request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description No valid access token (AUTHENTICATION) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The caller may not do this (AUTHORIZATION) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description No such resource or team, or the caller may not see it: both answer alike (NOT_FOUND) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The body is larger than the API accepts (VALIDATION) */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The body is not application/json (VALIDATION) */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description Too many requests; retry after Retry-After seconds (RATE_LIMIT) */
                429: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description An unexpected error (INTERNAL_SERVER) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The database or Redis is briefly unreachable (SERVICE_UNAVAILABLE), or the database's disk is full (STORAGE_FULL); retry after Retry-After seconds (INTERNAL_SERVER) */
                503: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/keys/{id}/rotation/rollback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Rollback */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description A UUID, e.g. 3f2b8c1e-5d6a-4c7b-9e8f-0a1b2c3d4e5f */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The value before is current again and the new credential is revoked (state idle), or its revocation is retried later (state failed); the status */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["RotationStatus"];
                    };
                };
                /** @description The request is malformed or a field is invalid (VALIDATION) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description No valid access token (AUTHENTICATION) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The caller may not do this (AUTHORIZATION) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description No such key visible to the caller */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description Outside the grace period (ROLLBACK_WINDOW_CLOSED), or the value before was never stored by a client (NO_PREVIOUS_VALUE) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description Too many requests; retry after Retry-After seconds (RATE_LIMIT) */
                429: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description An unexpected error (INTERNAL_SERVER) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The database or Redis is briefly unreachable (SERVICE_UNAVAILABLE), or the database's disk is full (STORAGE_FULL); retry after Retry-After seconds (INTERNAL_SERVER) */
                503: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/keys/{id}/rotation/run": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Run */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description A UUID, e.g. 3f2b8c1e-5d6a-4c7b-9e8f-0a1b2c3d4e5f */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The run and the state it reached now (grace: the new value is sealed to the vault; failed: it is retried later) */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["RotationAccepted"];
                    };
                };
                /** @description The request is malformed or a field is invalid (VALIDATION) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description No valid access token (AUTHENTICATION) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The caller may not do this (AUTHORIZATION) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description No such key visible to the caller */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description Not set up (ROTATION_NOT_CONFIGURED) or already running (ROTATION_IN_PROGRESS) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description Too many requests; retry after Retry-After seconds (RATE_LIMIT) */
                429: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description An unexpected error (INTERNAL_SERVER) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The database or Redis is briefly unreachable (SERVICE_UNAVAILABLE), or the database's disk is full (STORAGE_FULL); retry after Retry-After seconds (INTERNAL_SERVER) */
                503: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/keys/{id}/usage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Usage */
        get: {
            parameters: {
                query?: {
                    bucket?: string;
                    from?: string;
                    to?: string;
                };
                header?: never;
                path: {
                    /** @description A UUID, e.g. 3f2b8c1e-5d6a-4c7b-9e8f-0a1b2c3d4e5f */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["UsageBuckets"];
                    };
                };
                /** @description The request is malformed or a field is invalid (VALIDATION) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description No valid access token (AUTHENTICATION) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The caller may not do this (AUTHORIZATION) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description No such resource or team, or the caller may not see it: both answer alike (NOT_FOUND) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description Too many requests; retry after Retry-After seconds (RATE_LIMIT) */
                429: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description An unexpected error (INTERNAL_SERVER) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The database or Redis is briefly unreachable (SERVICE_UNAVAILABLE), or the database's disk is full (STORAGE_FULL); retry after Retry-After seconds (INTERNAL_SERVER) */
                503: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/keys/{id}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Versions */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    size?: number;
                };
                header?: never;
                path: {
                    /** @description A UUID, e.g. 3f2b8c1e-5d6a-4c7b-9e8f-0a1b2c3d4e5f */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PageKeyVersion"];
                    };
                };
                /** @description The request is malformed or a field is invalid (VALIDATION) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description No valid access token (AUTHENTICATION) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The caller may not do this (AUTHORIZATION) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description No such resource or team, or the caller may not see it: both answer alike (NOT_FOUND) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description Too many requests; retry after Retry-After seconds (RATE_LIMIT) */
                429: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description An unexpected error (INTERNAL_SERVER) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The database or Redis is briefly unreachable (SERVICE_UNAVAILABLE), or the database's disk is full (STORAGE_FULL); retry after Retry-After seconds (INTERNAL_SERVER) */
                503: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/keys/{id}/versions/{version}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Replace Sealed */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description A UUID, e.g. 3f2b8c1e-5d6a-4c7b-9e8f-0a1b2c3d4e5f */
                    id: string;
                    version: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["VersionReplacement"];
                };
            };
            responses: {
                /** @description The sealed value is replaced by the client's encryption; version + 1 */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["VersionStored"];
                    };
                };
                /** @description Bad Request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description No valid access token (AUTHENTICATION) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The caller may not do this (AUTHORIZATION) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description No such key visible to the caller */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description That version is not the current sealed one (NOT_SEALED) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The body is larger than the API accepts (VALIDATION) */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The body is not application/json (VALIDATION) */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description Too many requests; retry after Retry-After seconds (RATE_LIMIT) */
                429: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description An unexpected error (INTERNAL_SERVER) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The database or Redis is briefly unreachable (SERVICE_UNAVAILABLE), or the database's disk is full (STORAGE_FULL); retry after Retry-After seconds (INTERNAL_SERVER) */
                503: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Me */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MeResponse"];
                    };
                };
                /** @description No valid access token (AUTHENTICATION) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The caller may not do this (AUTHORIZATION) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description Too many requests; retry after Retry-After seconds (RATE_LIMIT) */
                429: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description An unexpected error (INTERNAL_SERVER) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The database or Redis is briefly unreachable (SERVICE_UNAVAILABLE), or the database's disk is full (STORAGE_FULL); retry after Retry-After seconds (INTERNAL_SERVER) */
                503: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/devices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Devices that skip the second step of sign-in, newest first */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["RememberedDeviceList"];
                    };
                };
                /** @description No valid access token (AUTHENTICATION) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The caller may not do this (AUTHORIZATION) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description Too many requests; retry after Retry-After seconds (RATE_LIMIT) */
                429: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description An unexpected error (INTERNAL_SERVER) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The database or Redis is briefly unreachable (SERVICE_UNAVAILABLE), or the database's disk is full (STORAGE_FULL); retry after Retry-After seconds (INTERNAL_SERVER) */
                503: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/devices/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Forget */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description A UUID, e.g. 3f2b8c1e-5d6a-4c7b-9e8f-0a1b2c3d4e5f */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Forgotten: its next sign-in asks for the second step again */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description The request is malformed or a field is invalid (VALIDATION) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description No valid access token (AUTHENTICATION) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The caller may not do this (AUTHORIZATION) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description No remembered device of the caller has this id (NOT_FOUND) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description Too many requests; retry after Retry-After seconds (RATE_LIMIT) */
                429: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description An unexpected error (INTERNAL_SERVER) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The database or Redis is briefly unreachable (SERVICE_UNAVAILABLE), or the database's disk is full (STORAGE_FULL); retry after Retry-After seconds (INTERNAL_SERVER) */
                503: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/email-verification": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Resend Verification */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Sent when needed */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["EmailVerificationStatus"];
                    };
                };
                /** @description No valid access token (AUTHENTICATION) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The caller may not do this (AUTHORIZATION) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description Too many requests; retry after Retry-After seconds (RATE_LIMIT) */
                429: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description An unexpected error (INTERNAL_SERVER) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The database or Redis is briefly unreachable (SERVICE_UNAVAILABLE), or the database's disk is full (STORAGE_FULL); retry after Retry-After seconds (INTERNAL_SERVER) */
                503: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/mfa": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Status */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Which factors are on */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MfaStatus"];
                    };
                };
                /** @description No valid access token (AUTHENTICATION) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The caller may not do this (AUTHORIZATION) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description Too many requests; retry after Retry-After seconds (RATE_LIMIT) */
                429: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description An unexpected error (INTERNAL_SERVER) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The database or Redis is briefly unreachable (SERVICE_UNAVAILABLE), or the database's disk is full (STORAGE_FULL); retry after Retry-After seconds (INTERNAL_SERVER) */
                503: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/mfa/recovery-codes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Regenerate */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["CodeRequest"];
                };
            };
            responses: {
                /** @description A fresh set of ten recovery codes, shown this once; the old ones stop working */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["RecoveryCodes"];
                    };
                };
                /** @description Wrong code (VALIDATION: INVALID_CODE) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description No valid access token (AUTHENTICATION) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The caller may not do this (AUTHORIZATION) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description TOTP is not on (CONFLICT: MFA_NOT_ON) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The body is larger than the API accepts (VALIDATION) */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The body is not application/json (VALIDATION) */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description Too many wrong codes (RATE_LIMIT) */
                429: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description An unexpected error (INTERNAL_SERVER) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The database or Redis is briefly unreachable (SERVICE_UNAVAILABLE), or the database's disk is full (STORAGE_FULL); retry after Retry-After seconds (INTERNAL_SERVER) */
                503: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/mfa/totp": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Enrol */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A new secret, shown this once, and its otpauth URI; not on until confirmed with a code */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TotpEnrolment"];
                    };
                };
                /** @description No valid access token (AUTHENTICATION) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The caller may not do this (AUTHORIZATION) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description TOTP is already on (CONFLICT: MFA_ALREADY_ON) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description Too many requests; retry after Retry-After seconds (RATE_LIMIT) */
                429: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description An unexpected error (INTERNAL_SERVER) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The database or Redis is briefly unreachable (SERVICE_UNAVAILABLE), or the database's disk is full (STORAGE_FULL); retry after Retry-After seconds (INTERNAL_SERVER) */
                503: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
            };
        };
        /** Disable */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["CodeRequest"];
                };
            };
            responses: {
                /** @description TOTP and the recovery codes are off */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Wrong code (VALIDATION: INVALID_CODE) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description No valid access token (AUTHENTICATION) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The caller may not do this (AUTHORIZATION) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description TOTP is not on (CONFLICT: MFA_NOT_ON) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The body is larger than the API accepts (VALIDATION) */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The body is not application/json (VALIDATION) */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description Too many wrong codes (RATE_LIMIT) */
                429: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description An unexpected error (INTERNAL_SERVER) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The database or Redis is briefly unreachable (SERVICE_UNAVAILABLE), or the database's disk is full (STORAGE_FULL); retry after Retry-After seconds (INTERNAL_SERVER) */
                503: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/mfa/totp/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Confirm */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["CodeRequest"];
                };
            };
            responses: {
                /** @description TOTP is on; ten recovery codes, shown this once */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["RecoveryCodes"];
                    };
                };
                /** @description Wrong code (VALIDATION: INVALID_CODE) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description No valid access token (AUTHENTICATION) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The caller may not do this (AUTHORIZATION) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description No enrolment waits for a code (CONFLICT: MFA_NOT_PENDING) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The body is larger than the API accepts (VALIDATION) */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The body is not application/json (VALIDATION) */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description Too many wrong codes (RATE_LIMIT) */
                429: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description An unexpected error (INTERNAL_SERVER) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The database or Redis is briefly unreachable (SERVICE_UNAVAILABLE), or the database's disk is full (STORAGE_FULL); retry after Retry-After seconds (INTERNAL_SERVER) */
                503: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/mfa/webauthn": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Register */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["RegisterRequest1"];
                };
            };
            responses: {
                /** @description The passkey is registered; when it is the first second factor, two-step sign-in is on and ten recovery codes come with it, shown this once */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Registered"];
                    };
                };
                /** @description The credential does not answer a live registration challenge, or its origin, relying party, algorithm or attestation does not hold (VALIDATION: WEBAUTHN_INVALID) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description No valid access token (AUTHENTICATION) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The caller may not do this (AUTHORIZATION) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The passkey is already registered (CONFLICT: PASSKEY_EXISTS) or there are as many as allowed (TOO_MANY_PASSKEYS) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The body is larger than the API accepts (VALIDATION) */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The body is not application/json (VALIDATION) */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description Too many requests; retry after Retry-After seconds (RATE_LIMIT) */
                429: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description An unexpected error (INTERNAL_SERVER) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The database or Redis is briefly unreachable (SERVICE_UNAVAILABLE), or the database's disk is full (STORAGE_FULL); retry after Retry-After seconds (INTERNAL_SERVER) */
                503: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/mfa/webauthn/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description A UUID, e.g. 3f2b8c1e-5d6a-4c7b-9e8f-0a1b2c3d4e5f */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The passkey is removed; when it was the last second factor, two-step sign-in is off and the recovery codes go */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description The request is malformed or a field is invalid (VALIDATION) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description No valid access token (AUTHENTICATION) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The caller may not do this (AUTHORIZATION) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description Not a passkey of the caller (NOT_FOUND) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description Too many requests; retry after Retry-After seconds (RATE_LIMIT) */
                429: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description An unexpected error (INTERNAL_SERVER) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The database or Redis is briefly unreachable (SERVICE_UNAVAILABLE), or the database's disk is full (STORAGE_FULL); retry after Retry-After seconds (INTERNAL_SERVER) */
                503: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Rename */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description A UUID, e.g. 3f2b8c1e-5d6a-4c7b-9e8f-0a1b2c3d4e5f */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["RenameRequest"];
                };
            };
            responses: {
                /** @description The passkey with its new name */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["WebauthnCredential"];
                    };
                };
                /** @description The request is malformed or a field is invalid (VALIDATION) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description No valid access token (AUTHENTICATION) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The caller may not do this (AUTHORIZATION) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description Not a passkey of the caller (NOT_FOUND) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The body is larger than the API accepts (VALIDATION) */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The body is not application/json (VALIDATION) */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description Too many requests; retry after Retry-After seconds (RATE_LIMIT) */
                429: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description An unexpected error (INTERNAL_SERVER) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The database or Redis is briefly unreachable (SERVICE_UNAVAILABLE), or the database's disk is full (STORAGE_FULL); retry after Retry-After seconds (INTERNAL_SERVER) */
                503: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/me/mfa/webauthn/options": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Options */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description PublicKeyCredentialCreationOptions (WebAuthn JSON form) with a single-use challenge */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CreationOptions"];
                    };
                };
                /** @description No valid access token (AUTHENTICATION) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The caller may not do this (AUTHORIZATION) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The account has as many passkeys as allowed (CONFLICT: TOO_MANY_PASSKEYS) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description Too many requests; retry after Retry-After seconds (RATE_LIMIT) */
                429: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description An unexpected error (INTERNAL_SERVER) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The database or Redis is briefly unreachable (SERVICE_UNAVAILABLE), or the database's disk is full (STORAGE_FULL); retry after Retry-After seconds (INTERNAL_SERVER) */
                503: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Change Password */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ChangePasswordRequest"];
                };
            };
            responses: {
                /** @description Done */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Bad Request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description No valid access token (AUTHENTICATION) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The caller may not do this (AUTHORIZATION) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The body is larger than the API accepts (VALIDATION) */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The body is not application/json (VALIDATION) */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description Too many requests; retry after Retry-After seconds (RATE_LIMIT) */
                429: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description An unexpected error (INTERNAL_SERVER) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The database or Redis is briefly unreachable (SERVICE_UNAVAILABLE), or the database's disk is full (STORAGE_FULL); retry after Retry-After seconds (INTERNAL_SERVER) */
                503: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/pinned-keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Pinned Keys */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PinnedKeys"];
                    };
                };
                /** @description No valid access token (AUTHENTICATION) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The caller may not do this (AUTHORIZATION) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description Too many requests; retry after Retry-After seconds (RATE_LIMIT) */
                429: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description An unexpected error (INTERNAL_SERVER) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The database or Redis is briefly unreachable (SERVICE_UNAVAILABLE), or the database's disk is full (STORAGE_FULL); retry after Retry-After seconds (INTERNAL_SERVER) */
                503: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
            };
        };
        /** Put Pinned Keys */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["PutPinnedKeysRequest"];
                };
            };
            responses: {
                /** @description Stored; version + 1 */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PinnedKeys"];
                    };
                };
                /** @description Bad Request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description No valid access token (AUTHENTICATION) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The caller may not do this (AUTHORIZATION) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The version read is not the current one (CONFLICT: PINNED_KEYS_CHANGED) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The body is larger than the API accepts (VALIDATION) */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The body is not application/json (VALIDATION) */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description Too many requests; retry after Retry-After seconds (RATE_LIMIT) */
                429: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description An unexpected error (INTERNAL_SERVER) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The database or Redis is briefly unreachable (SERVICE_UNAVAILABLE), or the database's disk is full (STORAGE_FULL); retry after Retry-After seconds (INTERNAL_SERVER) */
                503: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Live sign-ins, most recently used first */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SignIns"];
                    };
                };
                /** @description No valid access token (AUTHENTICATION) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The caller may not do this (AUTHORIZATION) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description Too many requests; retry after Retry-After seconds (RATE_LIMIT) */
                429: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description An unexpected error (INTERNAL_SERVER) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The database or Redis is briefly unreachable (SERVICE_UNAVAILABLE), or the database's disk is full (STORAGE_FULL); retry after Retry-After seconds (INTERNAL_SERVER) */
                503: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/sessions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Sign Out */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description A UUID, e.g. 3f2b8c1e-5d6a-4c7b-9e8f-0a1b2c3d4e5f */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The sign-in has ended */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description The request is malformed or a field is invalid (VALIDATION) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description No valid access token (AUTHENTICATION) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The caller may not do this (AUTHORIZATION) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description No live sign-in of the caller has this id (NOT_FOUND) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description Too many requests; retry after Retry-After seconds (RATE_LIMIT) */
                429: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description An unexpected error (INTERNAL_SERVER) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The database or Redis is briefly unreachable (SERVICE_UNAVAILABLE), or the database's disk is full (STORAGE_FULL); retry after Retry-After seconds (INTERNAL_SERVER) */
                503: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    size?: number;
                    unread?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PageNotificationView"];
                    };
                };
                /** @description The request is malformed or a field is invalid (VALIDATION) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description No valid access token (AUTHENTICATION) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The caller may not do this (AUTHORIZATION) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description Too many requests; retry after Retry-After seconds (RATE_LIMIT) */
                429: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description An unexpected error (INTERNAL_SERVER) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The database or Redis is briefly unreachable (SERVICE_UNAVAILABLE), or the database's disk is full (STORAGE_FULL); retry after Retry-After seconds (INTERNAL_SERVER) */
                503: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications/{id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark Read */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description A UUID, e.g. 3f2b8c1e-5d6a-4c7b-9e8f-0a1b2c3d4e5f */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Marked read */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description The request is malformed or a field is invalid (VALIDATION) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description No valid access token (AUTHENTICATION) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The caller may not do this (AUTHORIZATION) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description No such resource or team, or the caller may not see it: both answer alike (NOT_FOUND) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description Too many requests; retry after Retry-After seconds (RATE_LIMIT) */
                429: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description An unexpected error (INTERNAL_SERVER) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The database or Redis is briefly unreachable (SERVICE_UNAVAILABLE), or the database's disk is full (STORAGE_FULL); retry after Retry-After seconds (INTERNAL_SERVER) */
                503: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications/preferences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Preferences */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PreferencesBody"];
                    };
                };
                /** @description No valid access token (AUTHENTICATION) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The caller may not do this (AUTHORIZATION) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description Too many requests; retry after Retry-After seconds (RATE_LIMIT) */
                429: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description An unexpected error (INTERNAL_SERVER) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The database or Redis is briefly unreachable (SERVICE_UNAVAILABLE), or the database's disk is full (STORAGE_FULL); retry after Retry-After seconds (INTERNAL_SERVER) */
                503: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
            };
        };
        /** Update Preferences */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["PreferencesBody"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PreferencesBody"];
                    };
                };
                /** @description Bad Request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description No valid access token (AUTHENTICATION) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The caller may not do this (AUTHORIZATION) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The body is larger than the API accepts (VALIDATION) */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The body is not application/json (VALIDATION) */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description Too many requests; retry after Retry-After seconds (RATE_LIMIT) */
                429: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description An unexpected error (INTERNAL_SERVER) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The database or Redis is briefly unreachable (SERVICE_UNAVAILABLE), or the database's disk is full (STORAGE_FULL); retry after Retry-After seconds (INTERNAL_SERVER) */
                503: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/teams": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ItemsTeamWithKeys"];
                    };
                };
                /** @description No valid access token (AUTHENTICATION) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The caller may not do this (AUTHORIZATION) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description Too many requests; retry after Retry-After seconds (RATE_LIMIT) */
                429: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description An unexpected error (INTERNAL_SERVER) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The database or Redis is briefly unreachable (SERVICE_UNAVAILABLE), or the database's disk is full (STORAGE_FULL); retry after Retry-After seconds (INTERNAL_SERVER) */
                503: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
            };
        };
        put?: never;
        /** Create */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["CreateTeamRequest"];
                };
            };
            responses: {
                /** @description Created; the caller is its admin */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TeamWithKeys"];
                    };
                };
                /** @description Bad Request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description No valid access token (AUTHENTICATION) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The plan does not include teams (VALIDATION, code PLAN_LIMIT) */
                402: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The caller may not do this (AUTHORIZATION) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The body is larger than the API accepts (VALIDATION) */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The body is not application/json (VALIDATION) */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description Too many requests; retry after Retry-After seconds (RATE_LIMIT) */
                429: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description An unexpected error (INTERNAL_SERVER) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The database or Redis is briefly unreachable (SERVICE_UNAVAILABLE), or the database's disk is full (STORAGE_FULL); retry after Retry-After seconds (INTERNAL_SERVER) */
                503: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/teams/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Update */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description A UUID, e.g. 3f2b8c1e-5d6a-4c7b-9e8f-0a1b2c3d4e5f */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["UpdateTeamRequest"];
                };
            };
            responses: {
                /** @description The team as the caller sees it */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TeamWithKeys"];
                    };
                };
                /** @description The request is malformed or a field is invalid (VALIDATION) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description No valid access token (AUTHENTICATION) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The caller may not do this (AUTHORIZATION) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description Not a member of the team */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description TWO_STEP_NOT_ENABLED: requiring two-step sign-in needs the admin's own second factor */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The body is larger than the API accepts (VALIDATION) */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The body is not application/json (VALIDATION) */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description Too many requests; retry after Retry-After seconds (RATE_LIMIT) */
                429: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description An unexpected error (INTERNAL_SERVER) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The database or Redis is briefly unreachable (SERVICE_UNAVAILABLE), or the database's disk is full (STORAGE_FULL); retry after Retry-After seconds (INTERNAL_SERVER) */
                503: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/teams/{id}/invitation/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Accept */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description A UUID, e.g. 3f2b8c1e-5d6a-4c7b-9e8f-0a1b2c3d4e5f */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Accepted: an admin confirms the member before it gets the team key */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Invitation"];
                    };
                };
                /** @description The request is malformed or a field is invalid (VALIDATION) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description No valid access token (AUTHENTICATION) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The caller may not do this (AUTHORIZATION) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description No such resource or team, or the caller may not see it: both answer alike (NOT_FOUND) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The caller's address is not verified (CONFLICT: EMAIL_NOT_VERIFIED) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description Too many requests; retry after Retry-After seconds (RATE_LIMIT) */
                429: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description An unexpected error (INTERNAL_SERVER) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The database or Redis is briefly unreachable (SERVICE_UNAVAILABLE), or the database's disk is full (STORAGE_FULL); retry after Retry-After seconds (INTERNAL_SERVER) */
                503: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/teams/{id}/invitation/decline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Decline */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description A UUID, e.g. 3f2b8c1e-5d6a-4c7b-9e8f-0a1b2c3d4e5f */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Declined */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description The request is malformed or a field is invalid (VALIDATION) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description No valid access token (AUTHENTICATION) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The caller may not do this (AUTHORIZATION) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description No such resource or team, or the caller may not see it: both answer alike (NOT_FOUND) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description Too many requests; retry after Retry-After seconds (RATE_LIMIT) */
                429: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description An unexpected error (INTERNAL_SERVER) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The database or Redis is briefly unreachable (SERVICE_UNAVAILABLE), or the database's disk is full (STORAGE_FULL); retry after Retry-After seconds (INTERNAL_SERVER) */
                503: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/teams/{id}/invitations/{invitation_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke Invitation */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description A UUID, e.g. 3f2b8c1e-5d6a-4c7b-9e8f-0a1b2c3d4e5f */
                    id: string;
                    /** @description A UUID, e.g. 3f2b8c1e-5d6a-4c7b-9e8f-0a1b2c3d4e5f */
                    invitation_id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Withdrawn */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description The request is malformed or a field is invalid (VALIDATION) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description No valid access token (AUTHENTICATION) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The caller may not do this (AUTHORIZATION) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description No such resource or team, or the caller may not see it: both answer alike (NOT_FOUND) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description Too many requests; retry after Retry-After seconds (RATE_LIMIT) */
                429: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description An unexpected error (INTERNAL_SERVER) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The database or Redis is briefly unreachable (SERVICE_UNAVAILABLE), or the database's disk is full (STORAGE_FULL); retry after Retry-After seconds (INTERNAL_SERVER) */
                503: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/teams/{id}/key-history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Key History */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description A UUID, e.g. 3f2b8c1e-5d6a-4c7b-9e8f-0a1b2c3d4e5f */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ItemsKeyHistoryEntry"];
                    };
                };
                /** @description The request is malformed or a field is invalid (VALIDATION) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description No valid access token (AUTHENTICATION) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The caller may not do this (AUTHORIZATION) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description No such resource or team, or the caller may not see it: both answer alike (NOT_FOUND) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description Too many requests; retry after Retry-After seconds (RATE_LIMIT) */
                429: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description An unexpected error (INTERNAL_SERVER) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The database or Redis is briefly unreachable (SERVICE_UNAVAILABLE), or the database's disk is full (STORAGE_FULL); retry after Retry-After seconds (INTERNAL_SERVER) */
                503: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/teams/{id}/machines": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description A UUID, e.g. 3f2b8c1e-5d6a-4c7b-9e8f-0a1b2c3d4e5f */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ItemsMachine"];
                    };
                };
                /** @description The request is malformed or a field is invalid (VALIDATION) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description No valid access token (AUTHENTICATION) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The caller may not do this (AUTHORIZATION) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description No such resource or team, or the caller may not see it: both answer alike (NOT_FOUND) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description Too many requests; retry after Retry-After seconds (RATE_LIMIT) */
                429: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description An unexpected error (INTERNAL_SERVER) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The database or Redis is briefly unreachable (SERVICE_UNAVAILABLE), or the database's disk is full (STORAGE_FULL); retry after Retry-After seconds (INTERNAL_SERVER) */
                503: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
            };
        };
        put?: never;
        /** Create */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description A UUID, e.g. 3f2b8c1e-5d6a-4c7b-9e8f-0a1b2c3d4e5f */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["CreateMachineRequest"];
                };
            };
            responses: {
                /** @description Created; the secret is shown once */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CreatedMachine"];
                    };
                };
                /** @description Bad Request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description No valid access token (AUTHENTICATION) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The caller may not do this (AUTHORIZATION) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description No such resource or team, or the caller may not see it: both answer alike (NOT_FOUND) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The body is larger than the API accepts (VALIDATION) */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The body is not application/json (VALIDATION) */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description Too many requests; retry after Retry-After seconds (RATE_LIMIT) */
                429: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description An unexpected error (INTERNAL_SERVER) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The database or Redis is briefly unreachable (SERVICE_UNAVAILABLE), or the database's disk is full (STORAGE_FULL); retry after Retry-After seconds (INTERNAL_SERVER) */
                503: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/teams/{id}/machines/{machine_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description A UUID, e.g. 3f2b8c1e-5d6a-4c7b-9e8f-0a1b2c3d4e5f */
                    id: string;
                    /** @description A UUID, e.g. 3f2b8c1e-5d6a-4c7b-9e8f-0a1b2c3d4e5f */
                    machine_id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Revoked */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description The request is malformed or a field is invalid (VALIDATION) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description No valid access token (AUTHENTICATION) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The caller may not do this (AUTHORIZATION) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description No such resource or team, or the caller may not see it: both answer alike (NOT_FOUND) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description Too many requests; retry after Retry-After seconds (RATE_LIMIT) */
                429: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description An unexpected error (INTERNAL_SERVER) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The database or Redis is briefly unreachable (SERVICE_UNAVAILABLE), or the database's disk is full (STORAGE_FULL); retry after Retry-After seconds (INTERNAL_SERVER) */
                503: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/teams/{id}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Members */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description A UUID, e.g. 3f2b8c1e-5d6a-4c7b-9e8f-0a1b2c3d4e5f */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ItemsMember"];
                    };
                };
                /** @description The request is malformed or a field is invalid (VALIDATION) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description No valid access token (AUTHENTICATION) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The caller may not do this (AUTHORIZATION) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description No such resource or team, or the caller may not see it: both answer alike (NOT_FOUND) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description Too many requests; retry after Retry-After seconds (RATE_LIMIT) */
                429: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description An unexpected error (INTERNAL_SERVER) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The database or Redis is briefly unreachable (SERVICE_UNAVAILABLE), or the database's disk is full (STORAGE_FULL); retry after Retry-After seconds (INTERNAL_SERVER) */
                503: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
            };
        };
        put?: never;
        /** Add Member */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description A UUID, e.g. 3f2b8c1e-5d6a-4c7b-9e8f-0a1b2c3d4e5f */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["AddMemberRequest"];
                };
            };
            responses: {
                /** @description Invited (status invited, no key yet) */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Member"];
                    };
                };
                /** @description Bad Request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description No valid access token (AUTHENTICATION) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The plan's member limit is reached (VALIDATION, code PLAN_LIMIT) */
                402: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The caller may not do this (AUTHORIZATION) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description No such resource or team, or the caller may not see it: both answer alike (NOT_FOUND) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description Already a member, already invited, or the address is not verified (CONFLICT: ALREADY_MEMBER, ALREADY_INVITED, EMAIL_NOT_VERIFIED) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The body is larger than the API accepts (VALIDATION) */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The body is not application/json (VALIDATION) */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description Too many requests; retry after Retry-After seconds (RATE_LIMIT) */
                429: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description An unexpected error (INTERNAL_SERVER) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The database or Redis is briefly unreachable (SERVICE_UNAVAILABLE), or the database's disk is full (STORAGE_FULL); retry after Retry-After seconds (INTERNAL_SERVER) */
                503: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/teams/{id}/members/{user_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove Member */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description A UUID, e.g. 3f2b8c1e-5d6a-4c7b-9e8f-0a1b2c3d4e5f */
                    id: string;
                    /** @description A UUID, e.g. 3f2b8c1e-5d6a-4c7b-9e8f-0a1b2c3d4e5f */
                    user_id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Done */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description The request is malformed or a field is invalid (VALIDATION) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description No valid access token (AUTHENTICATION) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The caller may not do this (AUTHORIZATION) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description No such resource or team, or the caller may not see it: both answer alike (NOT_FOUND) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The owner cannot be removed (CONFLICT) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description Too many requests; retry after Retry-After seconds (RATE_LIMIT) */
                429: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description An unexpected error (INTERNAL_SERVER) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The database or Redis is briefly unreachable (SERVICE_UNAVAILABLE), or the database's disk is full (STORAGE_FULL); retry after Retry-After seconds (INTERNAL_SERVER) */
                503: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Change Role */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description A UUID, e.g. 3f2b8c1e-5d6a-4c7b-9e8f-0a1b2c3d4e5f */
                    id: string;
                    /** @description A UUID, e.g. 3f2b8c1e-5d6a-4c7b-9e8f-0a1b2c3d4e5f */
                    user_id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ChangeRoleRequest"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Member"];
                    };
                };
                /** @description The request is malformed or a field is invalid (VALIDATION) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description No valid access token (AUTHENTICATION) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The caller may not do this (AUTHORIZATION) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description No such resource or team, or the caller may not see it: both answer alike (NOT_FOUND) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The owner's role cannot change (CONFLICT) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The body is larger than the API accepts (VALIDATION) */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The body is not application/json (VALIDATION) */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description Too many requests; retry after Retry-After seconds (RATE_LIMIT) */
                429: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description An unexpected error (INTERNAL_SERVER) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The database or Redis is briefly unreachable (SERVICE_UNAVAILABLE), or the database's disk is full (STORAGE_FULL); retry after Retry-After seconds (INTERNAL_SERVER) */
                503: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/teams/{id}/members/{user_id}/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Confirm Member */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description A UUID, e.g. 3f2b8c1e-5d6a-4c7b-9e8f-0a1b2c3d4e5f */
                    id: string;
                    /** @description A UUID, e.g. 3f2b8c1e-5d6a-4c7b-9e8f-0a1b2c3d4e5f */
                    user_id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ConfirmMemberRequest"];
                };
            };
            responses: {
                /** @description Confirmed: the member holds the team key wrapped to its public key */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Member"];
                    };
                };
                /** @description Bad Request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description No valid access token (AUTHENTICATION) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The caller may not do this (AUTHORIZATION) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description No such resource or team, or the caller may not see it: both answer alike (NOT_FOUND) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description Confirmed already, or the public key is not the member's any more (CONFLICT: ALREADY_CONFIRMED, PUBLIC_KEY_CHANGED) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The body is larger than the API accepts (VALIDATION) */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The body is not application/json (VALIDATION) */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description Too many requests; retry after Retry-After seconds (RATE_LIMIT) */
                429: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description An unexpected error (INTERNAL_SERVER) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The database or Redis is briefly unreachable (SERVICE_UNAVAILABLE), or the database's disk is full (STORAGE_FULL); retry after Retry-After seconds (INTERNAL_SERVER) */
                503: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/teams/{id}/rotate-key": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Rotate Key */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description A UUID, e.g. 3f2b8c1e-5d6a-4c7b-9e8f-0a1b2c3d4e5f */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["RotateTeamKeyRequest"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TeamWithKeys"];
                    };
                };
                /** @description Bad Request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description No valid access token (AUTHENTICATION) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The caller may not do this (AUTHORIZATION) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description No such resource or team, or the caller may not see it: both answer alike (NOT_FOUND) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The rotation does not cover every member and item at their current versions (CONFLICT) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description An item is not at its current version (VERSION_MISMATCH) */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The body is larger than the API accepts (VALIDATION) */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The body is not application/json (VALIDATION) */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description Too many requests; retry after Retry-After seconds (RATE_LIMIT) */
                429: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description An unexpected error (INTERNAL_SERVER) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The database or Redis is briefly unreachable (SERVICE_UNAVAILABLE), or the database's disk is full (STORAGE_FULL); retry after Retry-After seconds (INTERNAL_SERVER) */
                503: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/teams/invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Invitations */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ItemsInvitation"];
                    };
                };
                /** @description No valid access token (AUTHENTICATION) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The caller may not do this (AUTHORIZATION) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description Too many requests; retry after Retry-After seconds (RATE_LIMIT) */
                429: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description An unexpected error (INTERNAL_SERVER) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The database or Redis is briefly unreachable (SERVICE_UNAVAILABLE), or the database's disk is full (STORAGE_FULL); retry after Retry-After seconds (INTERNAL_SERVER) */
                503: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/usage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Report */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["UsageBatch"];
                };
            };
            responses: {
                /** @description Accepted */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Accepted"];
                    };
                };
                /** @description Bad Request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description No valid access token (AUTHENTICATION) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The caller may not do this (AUTHORIZATION) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description A key of the batch is not one the caller may write; nothing was stored */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The body is larger than the API accepts (VALIDATION) */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The body is not application/json (VALIDATION) */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description Too many requests; retry after Retry-After seconds (RATE_LIMIT) */
                429: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description An unexpected error (INTERNAL_SERVER) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The database or Redis is briefly unreachable (SERVICE_UNAVAILABLE), or the database's disk is full (STORAGE_FULL); retry after Retry-After seconds (INTERNAL_SERVER) */
                503: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/public-key": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Public Key */
        get: {
            parameters: {
                query: {
                    email: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PublicKeyResponse"];
                    };
                };
                /** @description The request is malformed or a field is invalid (VALIDATION) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description No valid access token (AUTHENTICATION) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The caller may not do this (AUTHORIZATION) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description No account has this e-mail (NOT_FOUND) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description Too many requests; retry after Retry-After seconds (RATE_LIMIT) */
                429: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description An unexpected error (INTERNAL_SERVER) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The database or Redis is briefly unreachable (SERVICE_UNAVAILABLE), or the database's disk is full (STORAGE_FULL); retry after Retry-After seconds (INTERNAL_SERVER) */
                503: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/webhooks/github": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Receive */
        post: {
            parameters: {
                query?: never;
                header?: {
                    "X-GitHub-Delivery"?: string;
                    "X-GitHub-Event"?: string;
                    "X-Hub-Signature-256"?: string;
                };
                path?: never;
                cookie?: never;
            };
            /** @description A GitHub event, as GitHub signs it */
            requestBody: {
                content: {
                    "application/json": Record<string, never>;
                };
            };
            responses: {
                /** @description Accepted: applied, ignored (an event not handled) or a duplicate delivery */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["GitHubWebhookReceipt"];
                    };
                };
                /** @description Bad Request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description X-Hub-Signature-256 is missing or wrong (AUTHENTICATION) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The body is larger than the API accepts (VALIDATION) */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The body is not application/json (VALIDATION) */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description Too many requests; retry after Retry-After seconds (RATE_LIMIT) */
                429: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description An unexpected error (INTERNAL_SERVER) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The database or Redis is briefly unreachable (SERVICE_UNAVAILABLE), or the database's disk is full (STORAGE_FULL); retry after Retry-After seconds (INTERNAL_SERVER) */
                503: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/webhooks/stripe": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Receive */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            /** @description A Stripe event, as Stripe signs it */
            requestBody: {
                content: {
                    "application/json": Record<string, never>;
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["WebhookReceipt"];
                    };
                };
                /** @description Bad Request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The body is larger than the API accepts (VALIDATION) */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The body is not application/json (VALIDATION) */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description Too many requests; retry after Retry-After seconds (RATE_LIMIT) */
                429: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description An unexpected error (INTERNAL_SERVER) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
                /** @description The database or Redis is briefly unreachable (SERVICE_UNAVAILABLE), or the database's disk is full (STORAGE_FULL); retry after Retry-After seconds (INTERNAL_SERVER) */
                503: {
                    headers: {
                        /** @description Seconds to wait before retrying */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["APIError"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        Accepted: {
            /** Format: int32 */
            accepted: number;
        };
        AddMemberRequest: {
            email: string;
            /** @enum {string} */
            role: "viewer" | "editor" | "admin";
        };
        AnomalyBody: {
            description: string;
            /**
             * Format: date-time
             * @example 2022-03-10T16:15:50Z
             */
            detected_at: string;
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            key_id: string;
            kind: string;
            /**
             * Format: date-time
             * @example 2022-03-10T16:15:50Z
             */
            resolved_at: string | null;
            severity: string;
            status: string;
        };
        /**
         * @description The one error body every endpoint answers with
         * @example {
         *       "request_id": "8c1d0e2f-4b5a-4c3d-9e8f-7a6b5c4d3e2f",
         *       "timestamp": "2026-01-31T12:00:00.000Z",
         *       "details": {
         *         "fields": {
         *           "name": "must not be blank"
         *         }
         *       },
         *       "code": "VALIDATION_FAILED",
         *       "message": "name: must not be blank",
         *       "type": "VALIDATION"
         *     }
         */
        APIError: {
            /** @description A stable machine-readable code, e.g. PLAN_LIMIT, INVALID_IF_MATCH */
            code: string | null;
            /** @description Field errors and other specifics */
            details: {
                [key: string]: unknown;
            } | null;
            /** @description A clear message for a person */
            message: string;
            /** @description The X-Request-Id of the request, to quote to support */
            request_id: string | null;
            /** Format: date-time */
            timestamp: string;
            /**
             * @description The broad class of what went wrong
             * @enum {string}
             */
            type: "AUTHENTICATION" | "AUTHORIZATION" | "VALIDATION" | "ENCRYPTION" | "EXTERNAL_SERVICE" | "RATE_LIMIT" | "INTERNAL_SERVER" | "NOT_FOUND" | "CONFLICT";
        };
        ApiKey: {
            /**
             * Format: date-time
             * @example 2022-03-10T16:15:50Z
             */
            created_at: string;
            /**
             * Format: date-time
             * @example 2022-03-10T16:15:50Z
             */
            deleted_at: string | null;
            encrypted_value: string;
            exposed: boolean;
            /** Format: int32 */
            health_score: number;
            /** Format: uuid */
            id: string;
            iv: string;
            /**
             * Format: date-time
             * @example 2022-03-10T16:15:50Z
             */
            last_rotated: string | null;
            metadata: components["schemas"]["KeyMetadata"];
            name: string;
            rotation_schedule: {
                [key: string]: unknown;
            } | null;
            /** @description After a managed rotation: the current value sealed by the server (HPKE to the vault's public key, v2 format) until a client opens it and stores its own encryption with PUT /api/keys/{id}/versions/{version}; encrypted_value and iv then still hold the previous value */
            sealed_value: string | null;
            service: string;
            /** Format: uuid */
            team_id: string | null;
            /**
             * Format: date-time
             * @example 2022-03-10T16:15:50Z
             */
            updated_at: string;
            /** Format: uuid */
            user_id: string;
            /** Format: int32 */
            version: number;
        };
        AssertionCredential: {
            authenticator_attachment?: string | null;
            /** @description Ignored */
            client_extension_results?: {
                [key: string]: unknown;
            } | null;
            id: string;
            raw_id?: string | null;
            response: components["schemas"]["AssertionResponse"];
            type: string;
        };
        AssertionResponse: {
            authenticator_data: string;
            client_data_json: string;
            signature: string;
            user_handle?: string | null;
        };
        AttestationCredential: {
            authenticator_attachment?: string | null;
            /** @description Ignored */
            client_extension_results?: {
                [key: string]: unknown;
            } | null;
            id: string;
            raw_id?: string | null;
            response: components["schemas"]["AttestationResponse"];
            type: string;
        };
        AttestationResponse: {
            attestation_object: string;
            /** @description Ignored (read from the attestation object) */
            authenticator_data?: string | null;
            client_data_json: string;
            /** @description Ignored (read from the attestation object) */
            public_key?: string | null;
            /**
             * Format: int64
             * @description Ignored
             */
            public_key_algorithm?: number | null;
            transports?: string[] | null;
        };
        AuditLogEntry: {
            action: string;
            /** Format: int64 */
            chain_index: number | null;
            hash: string | null;
            /** Format: uuid */
            id: string;
            ip_address: string | null;
            metadata: {
                [key: string]: unknown;
            };
            resource: string;
            resource_id: string | null;
            /** Format: uuid */
            tenant_id: string;
            /**
             * Format: date-time
             * @example 2022-03-10T16:15:50Z
             */
            timestamp: string;
            user_agent: string | null;
            /** Format: uuid */
            user_id: string | null;
        };
        AuthenticatorSelection: {
            /** @enum {string} */
            resident_key: "discouraged" | "preferred" | "required";
            /** @enum {string} */
            user_verification: "discouraged" | "preferred" | "required";
        };
        Bucket: {
            /** Format: int64 */
            errors: number;
            /** Format: int64 */
            requests: number;
            /**
             * Format: date-time
             * @example 2022-03-10T16:15:50Z
             */
            start: string;
        };
        ChangePasswordRequest: {
            auth_hash: string;
            new_auth_hash: string;
            /** Format: int32 */
            new_kdf_iterations?: number | null;
            new_kdf_salt: string;
            new_protected_user_key: string;
        };
        ChangeRoleRequest: {
            /** @enum {string} */
            role: "viewer" | "editor" | "admin";
        };
        CheckoutRequest: {
            plan: string;
        };
        CodeRequest: {
            code: string;
        };
        ConfirmMemberRequest: {
            public_key: string;
            wrapped_team_key: string;
        };
        Connection: {
            /**
             * Format: date-time
             * @example 2022-03-10T16:15:50Z
             */
            created_at: string;
            /** Format: uuid */
            id: string;
            /**
             * Format: date-time
             * @example 2022-03-10T16:15:50Z
             */
            last_used_at: string | null;
            name: string;
            provider: string;
            /** Format: uuid */
            team_id: string | null;
        };
        ConnectionRequest: {
            /** @description The provider admin credential, write-only: stored sealed, never answered. postgresql: {host, port, database, username, password, sslmode}; aws-iam: {access_key_id, secret_access_key}; openai: {admin_key}; sendgrid: {api_key}; twilio: {account_sid, auth_token}; webhook: {url, signing_secret} (docs/rotation.md) */
            credential: {
                [key: string]: string;
            };
            name: string;
            /** @enum {string} */
            provider: "postgresql" | "aws-iam" | "openai" | "sendgrid" | "twilio" | "webhook";
            /** Format: uuid */
            team_id?: string | null;
        };
        Connections: {
            items: components["schemas"]["Connection"][];
        };
        CreatedMachine: {
            /**
             * Format: date-time
             * @example 2022-03-10T16:15:50Z
             */
            created_at: string;
            environments: string[] | null;
            /** Format: uuid */
            id: string;
            name: string;
            secret: string;
            tags: string[] | null;
            /** Format: uuid */
            team_id: string;
        };
        CreateKeyRequest: {
            /**
             * Format: byte
             * @description AES-256-GCM ciphertext and tag, standard base64 (17 bytes to 16 KiB)
             */
            encrypted_value: string;
            /**
             * Format: uuid
             * @description Generated by the client before encrypting; bound into the ciphertext
             * @example 3f2b8c1e-5d6a-4c7b-9e8f-0a1b2c3d4e5f
             */
            id: string;
            /**
             * Format: byte
             * @description The 12-byte GCM nonce, standard base64
             * @example AAECAwQFBgcICQoL
             */
            iv: string;
            /**
             * Format: int32
             * @description A team key's value only: the team key generation it was encrypted under; a value under an earlier generation is refused with 409 TEAM_KEY_ROTATED
             */
            key_generation?: number | null;
            metadata: components["schemas"]["KeyMetadata"];
            /** @example checkout live key */
            name: string;
            rotation_schedule?: components["schemas"]["RotationSchedule"];
            /** @example Stripe */
            service: string;
            /** Format: uuid */
            team_id?: string | null;
            /** @description SHA-256 of the trimmed value, lowercase hex: sent only for a high-entropy value of a known key format (docs/fingerprints.md), so a leak GitHub reports can be matched; never returned */
            value_fingerprint?: string | null;
        };
        CreateMachineRequest: {
            /** @description Only team keys of these environments open to the machine; absent for all */
            environments?: string[] | null;
            name: string;
            public_key: string;
            /** @description Only team keys with at least one of these tags open to the machine; absent for all */
            tags?: string[] | null;
            wrapped_team_key: string;
        };
        CreateTeamRequest: {
            /** @example Platform */
            name: string;
            protected_private_key: string;
            public_key: string;
            wrapped_team_key: string;
        };
        CreationOptions: {
            /** @enum {string} */
            attestation: "none";
            authenticator_selection: components["schemas"]["AuthenticatorSelection"];
            /** @description Single use, base64url */
            challenge: string;
            exclude_credentials: components["schemas"]["CredentialDescriptor"][];
            pub_key_cred_params: components["schemas"]["CredentialParameter"][];
            rp: components["schemas"]["RelyingParty"];
            /**
             * Format: int64
             * @description Milliseconds
             */
            timeout: number;
            user: components["schemas"]["UserEntity"];
        };
        CredentialDescriptor: {
            /** @description Credential id, base64url */
            id: string;
            /** @description As the browser reported them at registration; may be empty */
            transports: string[];
            /** @enum {string} */
            type: "public-key";
        };
        CredentialParameter: {
            /**
             * Format: int64
             * @description COSE algorithm: -7 ES256, -8 EdDSA, -257 RS256
             */
            alg: number;
            /** @enum {string} */
            type: "public-key";
        };
        EmailSwitches: {
            anomaly?: boolean | null;
            expiry?: boolean | null;
            leak?: boolean | null;
            rotation_due?: boolean | null;
            team?: boolean | null;
        };
        EmailVerificationStatus: {
            email_verified: boolean;
            verification_required: boolean;
        };
        GitHubConnection: {
            /** @description Whether a token is saved */
            connected: boolean;
            /**
             * Format: date-time
             * @example 2022-03-10T16:15:50Z
             */
            connected_at: string | null;
            /** @description The GitHub login of the saved token */
            login: string | null;
        };
        GitHubConnectRequest: {
            /** @description A GitHub fine-grained token (Actions secrets: read and write; Metadata: read; Secret scanning alerts: read; Administration: write for deploy keys) or an App installation token. Stored sealed, never returned. */
            token: string;
        };
        GitHubDeployKey: {
            /**
             * Format: date-time
             * @example 2022-03-10T16:15:50Z
             */
            created_at: string;
            /** Format: int64 */
            github_key_id: number;
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            key_id: string | null;
            read_only: boolean;
            repository: string;
            title: string;
        };
        GitHubDeployKeyRequest: {
            /** @description The OpenSSH Ed25519 public key made in the browser */
            key: string;
            /**
             * @description Read-only unless false
             * @default true
             */
            read_only: boolean | null;
            /**
             * Format: uuid
             * @description The vault key holding the private half
             */
            source_key_id?: string | null;
            /** @example deploy (KeyHaven) */
            title: string;
        };
        GitHubDeployKeys: {
            items: components["schemas"]["GitHubDeployKey"][];
        };
        GitHubLogin: {
            login: string;
        };
        GitHubPublicKey: {
            /** @description The X25519 public key, standard base64 (32 bytes) */
            key: string;
            /** @description GitHub's id of the key; send it back with the sealed value */
            key_id: string;
        };
        GitHubPushSecret: {
            /**
             * Format: byte
             * @description The value sealed in the browser with libsodium's sealed box to the public key; the server only relays it
             */
            encrypted_value: string;
            /** @description The key_id of the public key the value was sealed to */
            key_id: string;
            /**
             * Format: uuid
             * @description The vault key the value came from, to keep a sync record
             */
            source_key_id?: string | null;
        };
        GitHubRepositories: {
            items: components["schemas"]["GitHubRepository"][];
        };
        GitHubRepository: {
            /** @example octo-org/payments */
            full_name: string;
            private: boolean;
        };
        GitHubSecretSync: {
            /**
             * Format: int32
             * @description The vault key's version now
             */
            current_version: number | null;
            /** @description The environment, or empty for a repository secret */
            environment: string;
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            key_id: string | null;
            /**
             * Format: int32
             * @description The vault key's version that was pushed
             */
            key_version: number | null;
            /**
             * Format: date-time
             * @example 2022-03-10T16:15:50Z
             */
            pushed_at: string;
            /** @example octo-org/payments */
            repository: string;
            secret_name: string;
            /** @description The vault key changed since the push: push again */
            stale: boolean;
        };
        GitHubSecretSyncs: {
            items: components["schemas"]["GitHubSecretSync"][];
        };
        GitHubWebhookReceipt: {
            /**
             * Format: int32
             * @description Keys marked exposed by this delivery
             */
            exposed: number;
            /**
             * @example applied
             * @enum {string}
             */
            status: "applied" | "ignored" | "duplicate";
        };
        HealthBody: {
            factors: components["schemas"]["HealthFactor"][];
            /** Format: int32 */
            score: number;
        };
        HealthFactor: {
            detail: string;
            /** Format: int32 */
            impact: number;
            name: string;
        };
        IngestTokenCreated: {
            /**
             * Format: date-time
             * @example 2022-03-10T16:15:50Z
             */
            created_at: string;
            /** Format: uuid */
            id: string;
            name: string;
            token: string;
        };
        IngestTokenItem: {
            /**
             * Format: date-time
             * @example 2022-03-10T16:15:50Z
             */
            created_at: string;
            /** Format: uuid */
            id: string;
            /**
             * Format: date-time
             * @example 2022-03-10T16:15:50Z
             */
            last_used_at: string | null;
            name: string;
        };
        IngestTokenRequest: {
            name: string;
        };
        InsightBody: {
            /**
             * Format: date-time
             * @example 2022-03-10T16:15:50Z
             */
            created_at: string;
            /** @description CVE id (else the advisory's own id) of a vulnerable_sdk or vulnerable_dependency insight */
            cve_id: string | null;
            description: string;
            /** @description package and version that fix it, e.g. "stripe 8.2.1" */
            fixed_versions: string[] | null;
            /** Format: uuid */
            id: string;
            key_ids: string[];
            recommendation: string;
            resolved: boolean;
            /**
             * Format: date-time
             * @example 2022-03-10T16:15:50Z
             */
            resolved_at: string | null;
            /** @enum {string} */
            severity: "low" | "medium" | "high" | "critical";
            /** @enum {string} */
            type: "exposed" | "open_anomalies" | "rotation_overdue" | "expired" | "expiring" | "old_production_key" | "unused" | "shared_widely" | "no_expiry" | "vulnerable_sdk" | "same_value_across_environments" | "vulnerable_dependency";
            /**
             * Format: date-time
             * @example 2022-03-10T16:15:50Z
             */
            updated_at: string;
        };
        Invitation: {
            /**
             * Format: date-time
             * @example 2022-03-10T16:15:50Z
             */
            created_at: string;
            /** @description E-mail of the admin who invited; null once accepted */
            invited_by: string | null;
            /** @enum {string} */
            role: "viewer" | "editor" | "admin";
            /** @enum {string} */
            status: "invited" | "accepted";
            /** Format: uuid */
            team_id: string;
            team_name: string;
        };
        ItemCiphertext: {
            encrypted_value: string;
            /** Format: uuid */
            id: string;
            iv: string;
            /** Format: int32 */
            version: number;
        };
        ItemsIngestTokenItem: {
            items: components["schemas"]["IngestTokenItem"][];
        };
        ItemsInvitation: {
            items: components["schemas"]["Invitation"][];
        };
        ItemsKeyHistoryEntry: {
            items: components["schemas"]["KeyHistoryEntry"][];
        };
        ItemsMachine: {
            items: components["schemas"]["Machine"][];
        };
        ItemsMember: {
            items: components["schemas"]["Member"][];
        };
        ItemsTeamWithKeys: {
            items: components["schemas"]["TeamWithKeys"][];
        };
        /** @description A filter over key metadata */
        KeyFilter: {
            /**
             * Format: date
             * @example 2022-03-10
             */
            created_after: string | null;
            /**
             * Format: date
             * @example 2022-03-10
             */
            created_before: string | null;
            /** @enum {string|null} */
            environment: "development" | "staging" | "production" | null;
            expired: boolean | null;
            /**
             * Format: date
             * @example 2022-03-10
             */
            expires_after: string | null;
            /**
             * Format: date
             * @example 2022-03-10
             */
            expires_before: string | null;
            exposed: boolean | null;
            /** Format: int32 */
            health_at_least: number | null;
            /** Format: int32 */
            health_below: number | null;
            no_expiry: boolean | null;
            service: string | null;
            tags: string[];
            team: string | null;
            /**
             * Format: date
             * @example 2022-03-10
             */
            unused_since: string | null;
        };
        KeyHistoryEntry: {
            /**
             * Format: int32
             * @description The generation of the wrapped (earlier) team key
             */
            generation: number;
            /** @description That team key wrapped under the team key of `generation + 1` */
            protected_key: string;
        };
        KeyMetadata: {
            description?: string | null;
            /** @enum {string} */
            environment: "development" | "staging" | "production";
            /**
             * Format: date-time
             * @example 2022-03-10T16:15:50Z
             */
            expires_at?: string | null;
            permissions?: string[] | null;
            tags?: string[] | null;
        };
        KeyRef: {
            environment: string;
            /** Format: uuid */
            id: string;
            name: string;
            service: string;
        };
        KeyRisk: {
            environment: string;
            /** Format: int32 */
            health_score: number;
            /** Format: uuid */
            key_id: string;
            name: string;
            /** Format: int32 */
            rank: number;
            reasons: components["schemas"]["Reason"][];
            service: string;
        };
        KeyVersion: {
            /**
             * Format: date-time
             * @example 2022-03-10T16:15:50Z
             */
            created_at: string;
            /** Format: uuid */
            created_by: string;
            encrypted_value: string;
            iv: string;
            /** Format: int32 */
            version: number;
        };
        Limits: {
            automated_rotation: boolean;
            insights: boolean;
            integrations: boolean;
            /** Format: int32 */
            keys: number | null;
            teams: boolean;
        };
        LoginOptionsRequest: {
            mfa_token: string;
        };
        LoginRequest: {
            auth_hash: string;
            /** @description The device_token of a remembered device: skips the second step while it lives */
            device_token?: string | null;
            email: string;
        };
        LoginResponse: {
            access_token: string;
            /** @description Only after a second step with remember_device: send it with later logins from this device to skip the second step (30 days) */
            device_token: string | null;
            /** Format: int64 */
            expires_in: number;
            kdf: string;
            /** Format: int32 */
            kdf_iterations: number;
            kdf_salt: string;
            protected_private_key: string;
            protected_user_key: string;
            public_key: string;
            refresh_token: string;
            /** @enum {string} */
            token_type: "Bearer";
            user: components["schemas"]["UserSummary"];
        };
        LogoutRequest: {
            refresh_token: string;
        };
        Machine: {
            /**
             * Format: date-time
             * @example 2022-03-10T16:15:50Z
             */
            created_at: string;
            /** Format: uuid */
            created_by: string;
            environments: string[] | null;
            /** Format: uuid */
            id: string;
            /**
             * Format: date-time
             * @example 2022-03-10T16:15:50Z
             */
            last_used_at: string | null;
            name: string;
            public_key: string;
            /**
             * Format: date-time
             * @example 2022-03-10T16:15:50Z
             */
            revoked_at: string | null;
            tags: string[] | null;
            /** Format: uuid */
            team_id: string;
        };
        MachineLoginRequest: {
            /** Format: uuid */
            machine_id: string;
            secret: string;
        };
        MachineLoginResponse: {
            access_token: string;
            /** Format: int64 */
            expires_in: number;
            /** Format: uuid */
            machine_id: string;
            public_key: string;
            /** Format: uuid */
            team_id: string;
            token_type: string;
        };
        Member: {
            email: string;
            /** Format: uuid */
            invitation_id: string | null;
            /**
             * Format: date-time
             * @example 2022-03-10T16:15:50Z
             */
            invited_at: string | null;
            /**
             * Format: date-time
             * @example 2022-03-10T16:15:50Z
             */
            joined_at: string | null;
            public_key: string | null;
            /** @enum {string} */
            role: "viewer" | "editor" | "admin";
            /** @enum {string} */
            status: "invited" | "accepted" | "confirmed";
            /** Format: uuid */
            user_id: string | null;
        };
        MemberKey: {
            /** Format: uuid */
            user_id: string;
            wrapped_team_key: string;
        };
        MeResponse: {
            /**
             * Format: date-time
             * @example 2022-03-10T16:15:50Z
             */
            created_at: string;
            email: string;
            email_verification_required: boolean;
            email_verified: boolean;
            /** Format: uuid */
            id: string;
            preferences: {
                [key: string]: unknown;
            };
            /** @enum {string} */
            subscription: "free" | "pro" | "team";
        };
        MfaChallengeResponse: {
            /** Format: int64 */
            expires_in: number;
            /** @description The second factors the account can use */
            methods: string[];
            /** @enum {boolean} */
            mfa_required: true;
            /** @description Single-use, expires after expires_in seconds */
            mfa_token: string;
        };
        MfaLoginRequest: {
            mfa_token: string;
            recovery_code?: string | null;
            /** @description Remember this device for 30 days: the answer carries a device_token that a later login sends to skip this step */
            remember_device?: boolean | null;
            totp_code?: string | null;
            /** @description A passkey's assertion (WebAuthn JSON form) */
            webauthn?: components["schemas"]["AssertionCredential"];
        };
        MfaStatus: {
            /** Format: int32 */
            recovery_codes_left: number;
            totp: boolean;
            webauthn: components["schemas"]["WebauthnCredential"][];
        };
        MoveKeyRequest: {
            encrypted_value: string;
            iv: string;
            /**
             * Format: int32
             * @description The generation of the team key that encrypted the value; a value under an earlier generation is refused with 409 TEAM_KEY_ROTATED
             */
            key_generation: number;
            /** Format: uuid */
            team_id: string;
        };
        NotificationView: {
            body: string;
            /**
             * Format: date-time
             * @example 2022-03-10T16:15:50Z
             */
            created_at: string;
            /** Format: uuid */
            id: string;
            kind: string;
            read: boolean;
            title: string;
        };
        PageAnomalyBody: {
            items: components["schemas"]["AnomalyBody"][];
            /** Format: int32 */
            page: number;
            /** Format: int32 */
            size: number;
            /** Format: int64 */
            total: number;
        };
        PageApiKey: {
            items: components["schemas"]["ApiKey"][];
            /** Format: int32 */
            page: number;
            /** Format: int32 */
            size: number;
            /** Format: int64 */
            total: number;
        };
        PageAuditLogEntry: {
            items: components["schemas"]["AuditLogEntry"][];
            /** Format: int32 */
            page: number;
            /** Format: int32 */
            size: number;
            /** Format: int64 */
            total: number;
        };
        PageInsightBody: {
            items: components["schemas"]["InsightBody"][];
            /** Format: int32 */
            page: number;
            /** Format: int32 */
            size: number;
            /** Format: int64 */
            total: number;
        };
        PageKeyVersion: {
            items: components["schemas"]["KeyVersion"][];
            /** Format: int32 */
            page: number;
            /** Format: int32 */
            size: number;
            /** Format: int64 */
            total: number;
        };
        PageNotificationView: {
            items: components["schemas"]["NotificationView"][];
            /** Format: int32 */
            page: number;
            /** Format: int32 */
            size: number;
            /** Format: int64 */
            total: number;
        };
        PinnedKeys: {
            pinned_keys: string | null;
            /** Format: int32 */
            version: number;
        };
        PreferencesBody: {
            email: components["schemas"]["EmailSwitches"];
        };
        PreloginRequest: {
            /** @example ada@example.com */
            email: string;
        };
        PreloginResponse: {
            /** @enum {string} */
            kdf: "pbkdf2-sha256";
            /** Format: int32 */
            kdf_iterations: number;
            kdf_salt: string;
        };
        PublicKeyResponse: {
            public_key: string;
            /** Format: uuid */
            user_id: string;
        };
        PutPinnedKeysRequest: {
            pinned_keys: string;
            /** Format: int32 */
            version: number;
        };
        QueryAnswer: {
            answer: string;
            filters: components["schemas"]["KeyFilter"];
            key_ids: string[];
            keys: components["schemas"]["KeyRef"][];
            /** @enum {string} */
            source: "rules" | "llm";
        };
        QueryRequest: {
            question: string;
        };
        Reason: {
            action: string;
            detail: string;
            kind: string;
        };
        RecoveryCodes: {
            recovery_codes: string[];
        };
        RedirectUrl: {
            url: string;
        };
        RefreshAccepted: {
            /** Format: int32 */
            open: number;
        };
        RefreshRequest: {
            refresh_token: string;
        };
        Registered: {
            /**
             * Format: date-time
             * @example 2022-03-10T16:15:50Z
             */
            created_at: string;
            /** Format: uuid */
            id: string;
            name: string;
            /** @description Ten recovery codes, shown this once, when this passkey turned two-step sign-in on */
            recovery_codes: string[] | null;
        };
        RegisterRequest: {
            auth_hash: string;
            email: string;
            /** @enum {string} */
            kdf: "pbkdf2-sha256";
            /** Format: int32 */
            kdf_iterations: number;
            kdf_salt: string;
            protected_private_key: string;
            protected_user_key: string;
            public_key: string;
        };
        RegisterRequest1: {
            credential: components["schemas"]["AttestationCredential"];
            name: string;
        };
        RegisterResponse: {
            /** Format: uuid */
            user_id: string;
        };
        RelyingParty: {
            id: string;
            name: string;
        };
        RememberedDeviceList: {
            items: components["schemas"]["RememberedDeviceView"][];
        };
        RememberedDeviceView: {
            /**
             * Format: date-time
             * @example 2022-03-10T16:15:50Z
             */
            created_at: string;
            /** @description Browser and system, from the user agent */
            device: string;
            /**
             * Format: date-time
             * @example 2022-03-10T16:15:50Z
             */
            expires_at: string;
            /** Format: uuid */
            id: string;
            ip_address: string | null;
            /**
             * Format: date-time
             * @example 2022-03-10T16:15:50Z
             */
            last_used_at: string | null;
        };
        RenameRequest: {
            name: string;
        };
        RequestOptions: {
            allow_credentials: components["schemas"]["CredentialDescriptor"][];
            /** @description Single use, base64url */
            challenge: string;
            rp_id: string;
            /**
             * Format: int64
             * @description Milliseconds
             */
            timeout: number;
            /** @enum {string} */
            user_verification: "discouraged" | "preferred" | "required";
        };
        Result: {
            complete: boolean;
            /** Format: int64 */
            entries: number;
            /** Format: uuid */
            first_bad_id: string | null;
            problem: string | null;
            /** Format: int64 */
            unsealed: number;
            valid: boolean;
            /** Format: int64 */
            verified_from: number;
            /** Format: int64 */
            verified_through: number;
        };
        RiskList: {
            items: components["schemas"]["KeyRisk"][];
            /** Format: int32 */
            total: number;
        };
        RotateKeyRequest: {
            encrypted_value: string;
            iv: string;
            /**
             * Format: int32
             * @description A team key's value only: the team key generation it was encrypted under; a value under an earlier generation is refused with 409 TEAM_KEY_ROTATED
             */
            key_generation?: number | null;
            /** @description SHA-256 of the trimmed value, lowercase hex: sent only for a high-entropy value of a known key format (docs/fingerprints.md), so a leak GitHub reports can be matched; never returned */
            value_fingerprint?: string | null;
        };
        RotateTeamKeyRequest: {
            items: components["schemas"]["ItemCiphertext"][];
            members: components["schemas"]["MemberKey"][];
            /** @description The outgoing team key wrapped under the incoming one (AES-256-GCM, `v1.<iv>.<ct>`), kept as the team's key history so keys in the trash and earlier versions stay readable */
            previous_team_key: string;
            protected_private_key: string;
            public_key: string;
        };
        RotationAccepted: {
            /** Format: uuid */
            rotation_id: string;
            state: string;
        };
        RotationRun: {
            error: string | null;
            /**
             * Format: date-time
             * @example 2022-03-10T16:15:50Z
             */
            finished_at: string | null;
            /** Format: uuid */
            id: string;
            /**
             * Format: date-time
             * @example 2022-03-10T16:15:50Z
             */
            started_at: string;
            /** @enum {string} */
            state: "creating" | "testing" | "finishing" | "grace" | "revoking" | "done" | "rolled_back" | "failed";
            trigger: string;
        };
        RotationSchedule: {
            /** Format: int32 */
            interval_days?: number | null;
            /** @enum {string} */
            mode: "remind" | "auto";
            provider?: string | null;
        };
        RotationScheduleBody: {
            /** Format: int32 */
            interval_days: number;
            /** Format: uuid */
            key_id: string;
            mode: string;
            /**
             * Format: date-time
             * @example 2022-03-10T16:15:50Z
             */
            next_due_at: string;
            provider: string | null;
        };
        RotationScheduleRequest: {
            /** Format: int32 */
            interval_days: number;
            mode: string;
            provider?: string | null;
        };
        RotationSettings: {
            /** Format: uuid */
            connection_id: string;
            /** Format: int32 */
            grace_hours: number;
            /** Format: int32 */
            interval_days: number | null;
            /** Format: uuid */
            key_id: string;
            /**
             * Format: date-time
             * @example 2022-03-10T16:15:50Z
             */
            next_due_at: string | null;
            provider: string;
            state: string;
            target: {
                [key: string]: string;
            };
        };
        RotationSettingsRequest: {
            /** Format: uuid */
            connection_id: string;
            /** Format: int32 */
            grace_hours: number;
            /** Format: int32 */
            interval_days?: number | null;
            /** @description What to rotate at the provider. postgresql: {roles: "app_blue,app_green"} (two login roles used in turn), optionally {current_role}; aws-iam: {user_name, current_access_key_id?}; openai: {project_id, current_service_account_id?, name?}; sendgrid: {scopes: "mail.send,...", current_api_key_id?, name?}; twilio: {current_key_sid?, name?}; webhook: lower-case fields passed to the endpoint, current_ref?, test_url? */
            target: {
                [key: string]: string;
            };
        };
        RotationStatus: {
            /** Format: uuid */
            connection_id: string | null;
            /**
             * Format: date-time
             * @example 2022-03-10T16:15:50Z
             */
            grace_until: string | null;
            history: components["schemas"]["RotationRun"][];
            /**
             * Format: date-time
             * @example 2022-03-10T16:15:50Z
             */
            next_due_at: string | null;
            /**
             * Format: date-time
             * @example 2022-03-10T16:15:50Z
             */
            retry_at: string | null;
            /** @enum {string} */
            state: "idle" | "creating" | "testing" | "finishing" | "grace" | "revoking" | "failed";
        };
        SignIn: {
            /**
             * Format: date-time
             * @example 2022-03-10T16:15:50Z
             */
            created_at: string;
            /** @description The sign-in of this request */
            current: boolean;
            /** @description Browser and system, from the user agent */
            device: string;
            /** Format: uuid */
            id: string;
            ip_address: string | null;
            /**
             * Format: date-time
             * @example 2022-03-10T16:15:50Z
             */
            last_used_at: string;
        };
        SignIns: {
            items: components["schemas"]["SignIn"][];
        };
        SubscriptionView: {
            billing_enabled: boolean;
            /**
             * Format: date-time
             * @example 2022-03-10T16:15:50Z
             */
            current_period_end: string | null;
            /**
             * Format: date-time
             * @example 2022-03-10T16:15:50Z
             */
            grace_until: string | null;
            limits: components["schemas"]["Limits"];
            notice: string | null;
            status: string;
            tier: string;
            usage: components["schemas"]["Usage"];
        };
        TeamWithKeys: {
            /**
             * Format: date-time
             * @example 2022-03-10T16:15:50Z
             */
            created_at: string;
            /** Format: uuid */
            id: string;
            /** Format: int32 */
            key_generation: number;
            name: string;
            /** Format: uuid */
            owner_id: string;
            protected_private_key: string;
            public_key: string;
            /** @description Members must have two-step sign-in on to see the team's keys and use its endpoints */
            require_two_step: boolean;
            /** @enum {string} */
            role: "viewer" | "editor" | "admin";
            rotation_recommended: boolean;
            /**
             * Format: date-time
             * @example 2022-03-10T16:15:50Z
             */
            updated_at: string;
            wrapped_team_key: string;
        };
        TokenResponse: {
            access_token: string;
            /** Format: int64 */
            expires_in: number;
            refresh_token: string;
            token_type: string;
        };
        TotpEnrolment: {
            /** @description otpauth:// URI for an authenticator app's QR code */
            otpauth_uri: string;
            /** @description Base32 TOTP secret (SHA-1, 6 digits, 30 s) */
            secret: string;
        };
        UpdateKeyRequest: {
            encrypted_value?: string | null;
            iv?: string | null;
            /**
             * Format: int32
             * @description A team key's value only: the team key generation it was encrypted under; a value under an earlier generation is refused with 409 TEAM_KEY_ROTATED
             */
            key_generation?: number | null;
            metadata?: components["schemas"]["KeyMetadata"];
            name?: string | null;
            rotation_schedule?: components["schemas"]["RotationSchedule"];
            service?: string | null;
            /** @description SHA-256 of the trimmed value, lowercase hex: sent only for a high-entropy value of a known key format (docs/fingerprints.md), so a leak GitHub reports can be matched; never returned */
            value_fingerprint?: string | null;
        };
        UpdateTeamRequest: {
            name?: string | null;
            require_two_step?: boolean | null;
        };
        Usage: {
            /** Format: int64 */
            keys: number;
            /** Format: int64 */
            read_only_keys: number;
            /** Format: int64 */
            teams: number;
        };
        UsageBatch: {
            events?: components["schemas"]["UsageEventBody"][] | null;
        };
        UsageBuckets: {
            bucket: string;
            buckets: components["schemas"]["Bucket"][];
            /**
             * Format: date-time
             * @example 2022-03-10T16:15:50Z
             */
            from: string;
            /**
             * Format: date-time
             * @example 2022-03-10T16:15:50Z
             */
            to: string;
        };
        UsageEventBody: {
            endpoint?: string | null;
            /** Format: int32 */
            error_count?: number | null;
            key_id?: string | null;
            /** Format: int32 */
            key_version?: number | null;
            /** Format: int32 */
            request_count?: number | null;
            /** Format: int32 */
            response_code?: number | null;
            source_ip?: string | null;
            timestamp?: string | null;
        };
        UserEntity: {
            display_name: string;
            /** @description The user handle: base64url of 16 random-looking bytes, not the e-mail */
            id: string;
            name: string;
        };
        UserSummary: {
            email: string;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            subscription: "free" | "pro" | "team";
        };
        VerifyEmailRequest: {
            token: string;
        };
        VerifyResponse: {
            complete: boolean;
            /** Format: int64 */
            entries: number;
            /** Format: uuid */
            first_bad_id: string | null;
            problem: string | null;
            /** Format: int64 */
            unsealed: number;
            valid: boolean;
            /** Format: int64 */
            verified_from: number;
            /** Format: int64 */
            verified_through: number;
        };
        VersionReplacement: {
            encrypted_value: string;
            iv: string;
        };
        VersionStored: {
            /** Format: uuid */
            id: string;
            /** Format: int32 */
            version: number;
        };
        WebauthnCredential: {
            /**
             * Format: date-time
             * @example 2022-03-10T16:15:50Z
             */
            created_at: string;
            /** Format: uuid */
            id: string;
            /**
             * Format: date-time
             * @example 2022-03-10T16:15:50Z
             */
            last_used_at: string | null;
            name: string;
        };
        WebhookReceipt: {
            outcome: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;

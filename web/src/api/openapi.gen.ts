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
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["LoginResponse"];
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
                /** @description The id is taken (CONFLICT) */
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
            };
        };
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
            };
        };
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
            };
        };
        post?: never;
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
            };
        };
        post?: never;
        delete?: never;
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
                    "application/json": components["schemas"]["RenameTeamRequest"];
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
            };
        };
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
                /** @description Created */
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
                /** @description Already a member (CONFLICT) */
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
            };
        };
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
            };
        };
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
            wrapped_team_key: string;
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
         *       "type": "VALIDATION",
         *       "message": "name: must not be blank",
         *       "code": "VALIDATION_FAILED",
         *       "details": {
         *         "fields": {
         *           "name": "must not be blank"
         *         }
         *       },
         *       "timestamp": "2026-01-31T12:00:00.000Z",
         *       "request_id": "8c1d0e2f-4b5a-4c3d-9e8f-7a6b5c4d3e2f"
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
        CreatedMachine: {
            /**
             * Format: date-time
             * @example 2022-03-10T16:15:50Z
             */
            created_at: string;
            /** Format: uuid */
            id: string;
            name: string;
            secret: string;
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
            metadata: components["schemas"]["KeyMetadata"];
            /** @example checkout live key */
            name: string;
            rotation_schedule?: components["schemas"]["RotationSchedule"];
            /** @example Stripe */
            service: string;
            /** Format: uuid */
            team_id?: string | null;
        };
        CreateMachineRequest: {
            name: string;
            public_key: string;
            wrapped_team_key: string;
        };
        CreateTeamRequest: {
            /** @example Platform */
            name: string;
            protected_private_key: string;
            public_key: string;
            wrapped_team_key: string;
        };
        EmailSwitches: {
            anomaly?: boolean | null;
            expiry?: boolean | null;
            leak?: boolean | null;
            rotation_due?: boolean | null;
            team?: boolean | null;
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
        ItemsMachine: {
            items: components["schemas"]["Machine"][];
        };
        ItemsMember: {
            items: components["schemas"]["Member"][];
        };
        ItemsTeamWithKeys: {
            items: components["schemas"]["TeamWithKeys"][];
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
        LoginRequest: {
            auth_hash: string;
            email: string;
        };
        LoginResponse: {
            access_token: string;
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
            /**
             * Format: date-time
             * @example 2022-03-10T16:15:50Z
             */
            joined_at: string;
            /** @enum {string} */
            role: "viewer" | "editor" | "admin";
            /** Format: uuid */
            user_id: string;
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
            /** Format: uuid */
            id: string;
            preferences: {
                [key: string]: unknown;
            };
            /** @enum {string} */
            subscription: "free" | "pro" | "team";
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
        RedirectUrl: {
            url: string;
        };
        RefreshRequest: {
            refresh_token: string;
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
        RegisterResponse: {
            /** Format: uuid */
            user_id: string;
        };
        RenameTeamRequest: {
            name: string;
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
        RotateKeyRequest: {
            encrypted_value: string;
            iv: string;
        };
        RotateTeamKeyRequest: {
            items: components["schemas"]["ItemCiphertext"][];
            members: components["schemas"]["MemberKey"][];
            protected_private_key: string;
            public_key: string;
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
        UpdateKeyRequest: {
            encrypted_value?: string | null;
            iv?: string | null;
            metadata?: components["schemas"]["KeyMetadata"];
            name?: string | null;
            rotation_schedule?: components["schemas"]["RotationSchedule"];
            service?: string | null;
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
        UserSummary: {
            email: string;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            subscription: "free" | "pro" | "team";
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

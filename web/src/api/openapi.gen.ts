/**
 * Generated from docs/openapi.json by `npm run openapi` (openapi-typescript). Do not edit:
 * change the API, refresh the document, and generate again.
 */

export interface paths {
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
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * @description The one error body every endpoint answers with
         * @example {
         *       "code": "VALIDATION_FAILED",
         *       "message": "name: must not be blank",
         *       "type": "VALIDATION",
         *       "request_id": "8c1d0e2f-4b5a-4c3d-9e8f-7a6b5c4d3e2f",
         *       "timestamp": "2026-01-31T12:00:00.000Z",
         *       "details": {
         *         "fields": {
         *           "name": "must not be blank"
         *         }
         *       }
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
        ChangePasswordRequest: {
            auth_hash: string;
            new_auth_hash: string;
            /** Format: int32 */
            new_kdf_iterations?: number | null;
            new_kdf_salt: string;
            new_protected_user_key: string;
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
        TokenResponse: {
            access_token: string;
            /** Format: int64 */
            expires_in: number;
            refresh_token: string;
            token_type: string;
        };
        UserSummary: {
            email: string;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            subscription: "free" | "pro" | "team";
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

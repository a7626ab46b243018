/**
 * Generated from specs/telnyx.yaml by `pnpm generate` (openapi-typescript). Do not edit:
 * change the spec and regenerate.
 */

export interface paths {
    "/organizations/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List organization users
         * @description One page of the organization's users, with page metadata. Group memberships are present only when `include_groups=true`. Parameter names and limits follow the official OpenAPI document, because the rendered page omits the names.
         */
        get: operations["listOrganizationUsers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organizations/users/users_groups_report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the users groups report
         * @description Every user of the organization in one unpaginated answer, always with group memberships, as JSON or as CSV depending on the `Accept` header.
         */
        get: operations["getOrganizationUsersGroupsReport"];
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
         * @description Account status of an organization user.
         * @example enabled
         * @enum {string}
         */
        UserStatus: "enabled" | "disabled" | "blocked";
        /**
         * @description Kind of organization user. The official schema types this as a plain string and lists the two values only in prose ("Can be ..."); we model them as an enum so callers can switch exhaustively, and treat an unknown value as a vendor change.
         * @example organization_sub_user
         * @enum {string}
         */
        RecordType: "organization_owner" | "organization_sub_user";
        /**
         * @description A group the user belongs to.
         * @example {
         *       "id": "7b09cdc3-8948-47f0-aa62-74ac943d6c59",
         *       "name": "Engineering"
         *     }
         */
        UserGroupReference: {
            /**
             * @description Group identifier.
             * @example 7b09cdc3-8948-47f0-aa62-74ac943d6c59
             */
            id: string;
            /**
             * @description Group name.
             * @example Engineering
             */
            name: string;
        };
        /**
         * @description A user of the organization as the list operation returns it. No property is required, matching the official document, which gives this schema no `required` list. `groups` is present only when the request sets `include_groups=true`.
         * @example {
         *       "id": "6a09cdc3-8948-47f0-aa62-74ac943d6c58",
         *       "record_type": "organization_sub_user",
         *       "email": "user@example.com",
         *       "user_status": "enabled",
         *       "organization_user_bypasses_sso": false,
         *       "created_at": "2018-02-02T22:25:27.521Z",
         *       "last_sign_in_at": "2018-02-02T22:25:27.521Z"
         *     }
         */
        OrganizationUser: {
            /**
             * @description User identifier.
             * @example 6a09cdc3-8948-47f0-aa62-74ac943d6c58
             */
            id?: string;
            record_type?: components["schemas"]["RecordType"];
            /**
             * Format: email
             * @description Email address of the user.
             * @example user@example.com
             */
            email?: string;
            /** @default enabled */
            user_status?: components["schemas"]["UserStatus"];
            /**
             * @description Whether the user may sign in with a password instead of SSO.
             * @example false
             */
            organization_user_bypasses_sso?: boolean;
            /**
             * @description Creation time, ISO 8601 (the official schema gives no `format`).
             * @example 2018-02-02T22:25:27.521Z
             */
            created_at?: string;
            /**
             * @description Last portal sign-in, ISO 8601; null when the user never signed in.
             * @example 2018-02-02T22:25:27.521Z
             */
            last_sign_in_at?: string | null;
            /** @description Group memberships; only sent when `include_groups=true`. */
            groups?: components["schemas"]["UserGroupReference"][];
        };
        /**
         * @description A user of the organization as the groups report returns it: `groups` is always present (possibly empty). Required list from the official document.
         * @example {
         *       "id": "6a09cdc3-8948-47f0-aa62-74ac943d6c58",
         *       "record_type": "organization_sub_user",
         *       "email": "user@example.com",
         *       "user_status": "enabled",
         *       "organization_user_bypasses_sso": false,
         *       "created_at": "2018-02-02T22:25:27.521Z",
         *       "last_sign_in_at": "2018-02-02T22:25:27.521Z",
         *       "groups": [
         *         {
         *           "id": "7b09cdc3-8948-47f0-aa62-74ac943d6c59",
         *           "name": "Engineering"
         *         }
         *       ]
         *     }
         */
        OrganizationUserWithGroups: {
            /**
             * @description User identifier.
             * @example 6a09cdc3-8948-47f0-aa62-74ac943d6c58
             */
            id: string;
            record_type: components["schemas"]["RecordType"];
            /**
             * Format: email
             * @description Email address of the user.
             * @example user@example.com
             */
            email: string;
            /** @default enabled */
            user_status: components["schemas"]["UserStatus"];
            /**
             * @description Whether the user may sign in with a password instead of SSO.
             * @example false
             */
            organization_user_bypasses_sso?: boolean;
            /**
             * @description Creation time, ISO 8601 (the official schema gives no `format`).
             * @example 2018-02-02T22:25:27.521Z
             */
            created_at: string;
            /**
             * @description Last portal sign-in, ISO 8601; null when the user never signed in.
             * @example 2018-02-02T22:25:27.521Z
             */
            last_sign_in_at?: string | null;
            /** @description Group memberships, empty when the user is in no group. */
            groups: components["schemas"]["UserGroupReference"][];
        };
        /**
         * @description Position of the returned page in the whole result set.
         * @example {
         *       "total_pages": 3,
         *       "total_results": 55,
         *       "page_number": 2,
         *       "page_size": 25
         *     }
         */
        PaginationMeta: {
            /**
             * @description Number of pages at the requested page size.
             * @example 3
             */
            total_pages?: number;
            /**
             * @description Number of users matching the filters.
             * @example 55
             */
            total_results?: number;
            /**
             * @description Number of the returned page.
             * @example 2
             */
            page_number?: number;
            /**
             * @description Page size used for this answer.
             * @example 25
             */
            page_size?: number;
        };
        /** @description Body of a successful list call. */
        ListOrganizationUsersResponse: {
            /** @description The users on this page. */
            data?: components["schemas"]["OrganizationUser"][];
            meta?: components["schemas"]["PaginationMeta"];
        };
        /**
         * @description JSON body of the groups report.
         * @example {
         *       "data": [
         *         {
         *           "id": "9d09cdc3-8948-47f0-aa62-74ac943d6c61",
         *           "record_type": "organization_owner",
         *           "email": "owner@example.com",
         *           "user_status": "enabled",
         *           "organization_user_bypasses_sso": false,
         *           "created_at": "2018-01-01T00:00:00.000Z",
         *           "last_sign_in_at": "2018-02-02T22:25:27.521Z",
         *           "groups": []
         *         }
         *       ]
         *     }
         */
        UsersGroupsReportResponse: {
            /** @description Every user of the organization. */
            data?: components["schemas"]["OrganizationUserWithGroups"][];
        };
        /**
         * @description CSV body of the groups report. Header row `id,email,user_status,created_at,last_sign_in_at,groups`; one row per user; `groups` holds the group names joined by ", " in one quoted field, and is empty for a user in no group. The vendor's example shows only the first row; our example adds the owner row from the JSON example so both formats describe the same users.
         * @example id,email,user_status,created_at,last_sign_in_at,groups
         *     6a09cdc3-8948-47f0-aa62-74ac943d6c58,user@example.com,enabled,2018-02-02T22:25:27.521Z,2018-02-02T22:25:27.521Z,"Engineering, Sales"
         *     9d09cdc3-8948-47f0-aa62-74ac943d6c61,owner@example.com,enabled,2018-01-01T00:00:00.000Z,2018-02-02T22:25:27.521Z,
         */
        UsersGroupsReportCsv: string;
        /**
         * @description One error of a failed call.
         * @example {
         *       "code": "10010",
         *       "title": "Not authorized",
         *       "detail": "You are not authorized to access the requested resource.",
         *       "meta": {
         *         "url": "https://developers.telnyx.com/docs/overview/errors/10010"
         *       },
         *       "source": {
         *         "pointer": "/"
         *       }
         *     }
         */
        ErrorDetail: {
            /**
             * @description Telnyx error code, as a string of digits.
             * @example 10009
             */
            code?: string;
            /**
             * @description Short name of the error.
             * @example Authentication failed
             */
            title?: string;
            /**
             * @description Explanation of this occurrence.
             * @example Could not understand the provided credentials.
             */
            detail?: string;
            /** @description Where in the request the problem lies. */
            source?: {
                /**
                 * @description JSON pointer into the request.
                 * @example /
                 */
                pointer?: string;
            };
            /** @description Extra information about the error. */
            meta?: {
                /**
                 * Format: uri
                 * @description Documentation page of the error code.
                 * @example https://developers.telnyx.com/docs/overview/errors/10009
                 */
                url?: string;
            };
        };
        /**
         * @description Error envelope shared by every failed Telnyx call.
         * @example {
         *       "errors": [
         *         {
         *           "code": "10009",
         *           "title": "Authentication failed",
         *           "detail": "Could not understand the provided credentials.",
         *           "meta": {
         *             "url": "https://developers.telnyx.com/docs/overview/errors/10009"
         *           }
         *         }
         *       ]
         *     }
         */
        ErrorResponse: {
            /** @description The errors; usually one. */
            errors?: components["schemas"]["ErrorDetail"][];
        };
    };
    responses: {
        /** @description The request was malformed, for example a parameter out of range. */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "errors": [
                 *         {
                 *           "code": "10015",
                 *           "title": "Bad Request",
                 *           "detail": "The request failed because it was not well-formed.",
                 *           "meta": {
                 *             "url": "https://developers.telnyx.com/docs/overview/errors/10015"
                 *           },
                 *           "source": {
                 *             "pointer": "/"
                 *           }
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description The API key is missing or was not recognised. */
        Unauthenticated: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "errors": [
                 *         {
                 *           "code": "10009",
                 *           "title": "Authentication failed",
                 *           "detail": "Could not understand the provided credentials.",
                 *           "meta": {
                 *             "url": "https://developers.telnyx.com/docs/overview/errors/10009"
                 *           }
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description The key is valid but lacks the permission this call needs. */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "errors": [
                 *         {
                 *           "code": "10010",
                 *           "title": "Not authorized",
                 *           "detail": "You are not authorized to access the requested resource.",
                 *           "meta": {
                 *             "url": "https://developers.telnyx.com/docs/overview/errors/10010"
                 *           },
                 *           "source": {
                 *             "pointer": "/"
                 *           }
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description The resource or URL does not exist. */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "errors": [
                 *         {
                 *           "code": "10005",
                 *           "title": "Resource not found",
                 *           "detail": "The requested resource or URL could not be found.",
                 *           "meta": {
                 *             "url": "https://developers.telnyx.com/docs/overview/errors/10005"
                 *           },
                 *           "source": {
                 *             "pointer": "/"
                 *           }
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
    };
    parameters: {
        /**
         * @description Page to return, counted from 1.
         * @example 1
         */
        PageNumber: number;
        /**
         * @description Users per page; the default and the maximum are both 250 (official document).
         * @example 25
         */
        PageSize: number;
        /**
         * @description Only users whose account has this status.
         * @example enabled
         */
        FilterUserStatus: components["schemas"]["UserStatus"];
        /**
         * @description Only users whose email address contains this text (partial match).
         * @example user@example.com
         */
        FilterEmail: string;
        /**
         * @description When true, each user carries a `groups` array of `{id, name}` references.
         * @example false
         */
        IncludeGroups: boolean;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listOrganizationUsers: {
        parameters: {
            query?: {
                /**
                 * @description Page to return, counted from 1.
                 * @example 1
                 */
                "page[number]"?: components["parameters"]["PageNumber"];
                /**
                 * @description Users per page; the default and the maximum are both 250 (official document).
                 * @example 25
                 */
                "page[size]"?: components["parameters"]["PageSize"];
                /**
                 * @description Only users whose account has this status.
                 * @example enabled
                 */
                "filter[user_status]"?: components["parameters"]["FilterUserStatus"];
                /**
                 * @description Only users whose email address contains this text (partial match).
                 * @example user@example.com
                 */
                "filter[email]"?: components["parameters"]["FilterEmail"];
                /**
                 * @description When true, each user carries a `groups` array of `{id, name}` references.
                 * @example false
                 */
                include_groups?: components["parameters"]["IncludeGroups"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of organization users. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListOrganizationUsersResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
        };
    };
    getOrganizationUsersGroupsReport: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Picks the report format. Kept because both the reference fragment and the official document declare it, although OpenAPI tools may ignore a header parameter named `Accept` and negotiate from the response media types instead.
                 * @example application/json
                 */
                Accept?: "application/json" | "text/csv";
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The report, in the negotiated format. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "id": "6a09cdc3-8948-47f0-aa62-74ac943d6c58",
                     *           "record_type": "organization_sub_user",
                     *           "email": "user@example.com",
                     *           "user_status": "enabled",
                     *           "organization_user_bypasses_sso": false,
                     *           "created_at": "2018-02-02T22:25:27.521Z",
                     *           "last_sign_in_at": "2018-02-02T22:25:27.521Z",
                     *           "groups": [
                     *             {
                     *               "id": "7b09cdc3-8948-47f0-aa62-74ac943d6c59",
                     *               "name": "Engineering"
                     *             },
                     *             {
                     *               "id": "8c09cdc3-8948-47f0-aa62-74ac943d6c60",
                     *               "name": "Sales"
                     *             }
                     *           ]
                     *         },
                     *         {
                     *           "id": "9d09cdc3-8948-47f0-aa62-74ac943d6c61",
                     *           "record_type": "organization_owner",
                     *           "email": "owner@example.com",
                     *           "user_status": "enabled",
                     *           "organization_user_bypasses_sso": true,
                     *           "created_at": "2018-01-01T00:00:00.000Z",
                     *           "last_sign_in_at": "2018-02-02T22:25:27.521Z",
                     *           "groups": []
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["UsersGroupsReportResponse"];
                    /**
                     * @example id,email,user_status,created_at,last_sign_in_at,groups
                     *     6a09cdc3-8948-47f0-aa62-74ac943d6c58,user@example.com,enabled,2018-02-02T22:25:27.521Z,2018-02-02T22:25:27.521Z,"Engineering, Sales"
                     *     9d09cdc3-8948-47f0-aa62-74ac943d6c61,owner@example.com,enabled,2018-01-01T00:00:00.000Z,2018-02-02T22:25:27.521Z,
                     */
                    "text/csv": components["schemas"]["UsersGroupsReportCsv"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
}

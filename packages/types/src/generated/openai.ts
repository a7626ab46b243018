/**
 * Generated from specs/openai.yaml by `pnpm generate` (openapi-typescript). Do not edit:
 * change the spec and regenerate.
 */

export interface paths {
    "/organization/groups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List groups
         * @description One page of the organization's groups, cursor-paginated. Parameters and answer follow the 2026-08 document (`order` defaults to `asc` here, unlike group users). The example is the document's list example; its operation example also shows `"object": "group"` on each item, a property the document's schema does not declare, so it is not used.
         */
        get: operations["listGroups"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organization/groups/{group_id}/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List group users
         * @description One page of the users assigned to a group. Shape from the reference page (2026-04); see the API description for the newer `GroupUser` shape. To page, send `next` as `after` when the answer carries it (the vendor's SDK does), otherwise the `id` of the last user. The only error status any source declares is 429 (2026-08 document).
         */
        get: operations["listGroupUsers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organization/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List users
         * @description One page of all users of the organization, as the 2026-08 document gives it. That document declares no error status for this operation; we add its 429, which every other admin operation there declares, so the operation has a documented 4xx.
         */
        get: operations["listUsers"];
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
         * @description A user in a group's user list, as the reference page shows it (all six fields listed there, all required as in the 2026-04 document). Live answers may instead follow the 2026-08 `GroupUser {id, name, email: string | null}` shape, without `object`, `role` and `added_at`.
         * @example {
         *       "object": "organization.user",
         *       "id": "user_abc123",
         *       "name": "Ada Lovelace",
         *       "email": "ada@example.com",
         *       "role": "owner",
         *       "added_at": 1711471533
         *     }
         */
        OrganizationUser: {
            /**
             * @description Object type, always `organization.user`.
             * @example organization.user
             * @constant
             */
            object: "organization.user";
            /**
             * @description User identifier, usable in other API calls.
             * @example user_abc123
             */
            id: string;
            /**
             * @description Display name.
             * @example Ada Lovelace
             */
            name: string;
            /**
             * @description Email address.
             * @example ada@example.com
             */
            email: string;
            /**
             * @description Organization role.
             * @example owner
             * @enum {string}
             */
            role: "owner" | "reader";
            /**
             * @description When the user was added, in Unix seconds.
             * @example 1711471533
             */
            added_at: number;
        };
        /**
         * @description A page of a group's users.
         * @example {
         *       "object": "list",
         *       "data": [
         *         {
         *           "object": "organization.user",
         *           "id": "user_abc123",
         *           "name": "Ada Lovelace",
         *           "email": "ada@example.com",
         *           "role": "owner",
         *           "added_at": 1711471533
         *         }
         *       ],
         *       "has_more": false,
         *       "next": null
         *     }
         */
        GroupUserListResponse: {
            /**
             * @description Always `list`.
             * @example list
             * @constant
             */
            object: "list";
            /** @description The users on this page. */
            data: components["schemas"]["OrganizationUser"][];
            /**
             * @description Whether another page follows.
             * @example false
             */
            has_more: boolean;
            /**
             * @description Cursor for the next page, null on the last one. Not in the page's field list, but its example carries it, both vendor documents declare it (required, nullable), and the vendor's SDK pages with it; optional here so an answer without it stays valid.
             * @example null
             */
            next?: string | null;
        };
        /**
         * @description A group of the organization (2026-08 `GroupResponse`). `group_type` is required there, yet the document's own list examples omit it, so it is optional here.
         * @example {
         *       "id": "group_01J1F8ABCDXYZ",
         *       "name": "Support Team",
         *       "created_at": 1711471533,
         *       "is_scim_managed": false,
         *       "group_type": "group"
         *     }
         */
        Group: {
            /**
             * @description Group identifier.
             * @example group_01J1F8ABCDXYZ
             */
            id: string;
            /**
             * @description Display name.
             * @example Support Team
             */
            name: string;
            /**
             * Format: unixtime
             * @description When the group was created, in Unix seconds.
             * @example 1711471533
             */
            created_at: number;
            /**
             * @description Whether the identity provider manages the group through SCIM.
             * @example false
             */
            is_scim_managed: boolean;
            /**
             * @description Kind of group.
             * @example group
             * @enum {string}
             */
            group_type?: "group" | "tenant_group";
        };
        /**
         * @description A page of groups.
         * @example {
         *       "object": "list",
         *       "data": [
         *         {
         *           "id": "group_01J1F8ABCDXYZ",
         *           "name": "Support Team",
         *           "created_at": 1711471533,
         *           "is_scim_managed": false
         *         },
         *         {
         *           "id": "group_01J1F8PQRMNO",
         *           "name": "Sales",
         *           "created_at": 1711472599,
         *           "is_scim_managed": true
         *         }
         *       ],
         *       "has_more": false,
         *       "next": null
         *     }
         */
        GroupListResponse: {
            /**
             * @description Always `list`.
             * @example list
             * @constant
             */
            object: "list";
            /** @description The groups on this page. */
            data: components["schemas"]["Group"][];
            /**
             * @description Whether another page follows.
             * @example false
             */
            has_more: boolean;
            /**
             * @description Cursor for the next page, null on the last one.
             * @example null
             */
            next: string | null;
        };
        /** @description Account details nested in a `User`. */
        UserAccount: {
            /**
             * @description Always `user`.
             * @constant
             */
            object: "user";
            /** @description Account identifier. */
            id: string;
            /** @description Email address, if any. */
            email?: string | null;
            /** @description Display name, if any. */
            name?: string | null;
            /** @description Profile picture URL, if any. */
            picture?: string | null;
            /** @description Whether the account is enabled. */
            enabled?: boolean | null;
            /** @description Whether the account is banned. */
            banned?: boolean | null;
            /**
             * Format: unixtime
             * @description When the account was banned, in Unix seconds.
             */
            banned_at?: number | null;
        };
        /** @description A project the user belongs to. */
        UserProject: {
            /** @description Project identifier. */
            id?: string | null;
            /** @description Project name. */
            name?: string | null;
            /** @description The user's role in the project. */
            role?: string | null;
        };
        /** @description Projects of a user, when included. */
        UserProjectList: {
            /**
             * @description Always `list`.
             * @constant
             */
            object: "list";
            /** @description The projects. */
            data: components["schemas"]["UserProject"][];
        };
        /**
         * @description A user of the organization as `GET /organization/users` returns it (2026-08 `User`); only `object`, `id` and `added_at` are required there, and most fields are nullable.
         * @example {
         *       "object": "organization.user",
         *       "id": "user_abc",
         *       "name": "First Last",
         *       "email": "user@example.com",
         *       "role": "owner",
         *       "added_at": 1711471533
         *     }
         */
        User: {
            /**
             * @description Object type, always `organization.user`.
             * @example organization.user
             * @constant
             */
            object: "organization.user";
            /**
             * @description User identifier, usable in other API calls.
             * @example user_abc
             */
            id: string;
            /**
             * @description Display name.
             * @example First Last
             */
            name?: string | null;
            /**
             * @description Email address.
             * @example user@example.com
             */
            email?: string | null;
            /**
             * @description Organization role, `owner` or `reader` (a plain string in this document).
             * @example owner
             */
            role?: string | null;
            /**
             * Format: unixtime
             * @description When the user was added, in Unix seconds.
             * @example 1711471533
             */
            added_at: number;
            /** @description Whether this is the organization's default user. */
            is_default?: boolean;
            /**
             * Format: unixtime
             * @description When the user was created, in Unix seconds.
             */
            created?: number;
            user?: components["schemas"]["UserAccount"];
            /** @description Whether the user is a service account. */
            is_service_account?: boolean;
            /** @description Whether the user may purchase Scale Tier. */
            is_scale_tier_authorized_purchaser?: boolean | null;
            /** @description Whether the identity provider manages the user through SCIM. */
            is_scim_managed?: boolean;
            /**
             * Format: unixtime
             * @description Last use of one of the user's API keys, in Unix seconds.
             */
            api_key_last_used_at?: number | null;
            /** @description Technical-level metadata. */
            technical_level?: string | null;
            /** @description Developer-persona metadata. */
            developer_persona?: string | null;
            /** @description The user's projects, when included. */
            projects?: components["schemas"]["UserProjectList"] | null;
        };
        /** @description A page of users, bounded by `first_id` and `last_id`. */
        UserListResponse: {
            /**
             * @description Always `list`.
             * @example list
             * @constant
             */
            object: "list";
            /** @description The users on this page. */
            data: components["schemas"]["User"][];
            /**
             * @description ID of the first user on this page.
             * @example user-abc
             */
            first_id?: string | null;
            /**
             * @description ID of the last user on this page; send it as `after` for the next page.
             * @example user-xyz
             */
            last_id?: string | null;
            /**
             * @description Whether another page follows.
             * @example false
             */
            has_more: boolean;
        };
        /** @description What went wrong. No source gives an example error body. */
        ErrorDetail: {
            /** @description Human-readable explanation. */
            message: string;
            /** @description Error category. */
            type: string;
            /** @description The request parameter at fault, if any. */
            param: string | null;
            /** @description Machine-readable error code, if any. */
            code: string | null;
        };
        /** @description Error envelope of the OpenAI API. */
        ErrorResponse: {
            error: components["schemas"]["ErrorDetail"];
        };
    };
    responses: {
        /** @description Rate limit exceeded (2026-08 document). */
        TooManyRequests: {
            headers: {
                /** @description Seconds to wait before retrying; sent only when the server computed a delay, and may be absent when the limit needs user action. */
                "Retry-After"?: number;
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
    };
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listGroups: {
        parameters: {
            query?: {
                /**
                 * @description Groups per page, from 0 to 1000; 100 when omitted.
                 * @example 20
                 */
                limit?: number;
                /**
                 * @description Cursor; the ID of the last group of the previous page (or its `next`).
                 * @example group_01J1F8ABCDXYZ
                 */
                after?: string;
                /**
                 * @description Sort order of the groups; `asc` when omitted (2026-08 document).
                 * @example asc
                 */
                order?: "asc" | "desc";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of groups. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "object": "list",
                     *       "data": [
                     *         {
                     *           "id": "group_01J1F8ABCDXYZ",
                     *           "name": "Support Team",
                     *           "created_at": 1711471533,
                     *           "is_scim_managed": false
                     *         },
                     *         {
                     *           "id": "group_01J1F8PQRMNO",
                     *           "name": "Sales",
                     *           "created_at": 1711472599,
                     *           "is_scim_managed": true
                     *         }
                     *       ],
                     *       "has_more": false,
                     *       "next": null
                     *     }
                     */
                    "application/json": components["schemas"]["GroupListResponse"];
                };
            };
            429: components["responses"]["TooManyRequests"];
        };
    };
    listGroupUsers: {
        parameters: {
            query?: {
                /**
                 * @description Cursor; the ID of the last user of the previous page (or the `next` it carried).
                 * @example user_abc123
                 */
                after?: string;
                /**
                 * @description Users per page, from 0 to 1000; 100 when omitted. The page calls it a number; both vendor documents say integer.
                 * @example 20
                 */
                limit?: number;
                /**
                 * @description Sort order of the users. The reference page states no default; `desc` is the default in both the 2026-04 and the 2026-08 documents.
                 * @example desc
                 */
                order?: "asc" | "desc";
            };
            header?: never;
            path: {
                /**
                 * @description ID of the group whose users to list.
                 * @example group_01J1F8ABCDXYZ
                 */
                group_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of the group's users. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "object": "list",
                     *       "data": [
                     *         {
                     *           "object": "organization.user",
                     *           "id": "user_abc123",
                     *           "name": "Ada Lovelace",
                     *           "email": "ada@example.com",
                     *           "role": "owner",
                     *           "added_at": 1711471533
                     *         }
                     *       ],
                     *       "has_more": false,
                     *       "next": null
                     *     }
                     */
                    "application/json": components["schemas"]["GroupUserListResponse"];
                };
            };
            429: components["responses"]["TooManyRequests"];
        };
    };
    listUsers: {
        parameters: {
            query?: {
                /**
                 * @description Users per page; 20 when omitted. The bounds 1..100 come from the document's prose (its schema states none).
                 * @example 20
                 */
                limit?: number;
                /**
                 * @description Cursor; the ID of the last user of the previous page (`last_id`).
                 * @example user_abc
                 */
                after?: string;
                /**
                 * @description Only users with one of these email addresses; repeat the parameter per address.
                 * @example [
                 *       "user@example.com"
                 *     ]
                 */
                emails?: string[];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of users. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserListResponse"];
                };
            };
            429: components["responses"]["TooManyRequests"];
        };
    };
}

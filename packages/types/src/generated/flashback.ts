/**
 * Generated from specs/flashback.yaml by `pnpm generate` (openapi-typescript). Do not edit:
 * change the spec and regenerate.
 */

export interface paths {
    "/organization/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List organization users
         * @description Every user of the caller's organization in one answer. The caller needs the WORKSPACES role or a higher one. Failures keep the success envelope's shape with `success: false`.
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
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * @description Organization role code, a byte: 0 (0x00) USER, basic access; 1 (0x01) BILLING, billing and subscriptions; 2 (0x02) WORKSPACES, workspaces and team members; 254 (0xfe) ADMINISTRATOR, administrative access; 255 (0xff) OWNER, full access. Names as on the reference page.
         * @example 2
         * @enum {integer}
         */
        OrgRole: 0 | 1 | 2 | 254 | 255;
        /**
         * @description A user of the organization. Every property is optional, as on the reference page.
         * @example {
         *       "id": "550e8400-e29b-41d4-a716-446655440000",
         *       "email": "john.doe@example.com",
         *       "name": "John",
         *       "lastName": "Doe",
         *       "orgId": "123e4567-e89b-12d3-a456-426614174000",
         *       "orgRole": 2,
         *       "validated": true,
         *       "deletedAt": null,
         *       "orgRoleDescription": "WORKSPACES",
         *       "orgRoles": [
         *         0,
         *         1,
         *         2
         *       ]
         *     }
         */
        User: {
            /**
             * @description User identifier (a UUID in the examples).
             * @example 550e8400-e29b-41d4-a716-446655440000
             */
            id?: string;
            /**
             * @description Email address of the user.
             * @example john.doe@example.com
             */
            email?: string;
            /**
             * @description First name.
             * @example John
             */
            name?: string;
            /**
             * @description Last name.
             * @example Doe
             */
            lastName?: string;
            /**
             * @description Organization identifier; nullable per Flashback's TypeScript client.
             * @example 123e4567-e89b-12d3-a456-426614174000
             */
            orgId?: string | null;
            /**
             * @description The user's current role code (see `OrgRole`); nullable per Flashback's TypeScript client.
             * @example 2
             */
            orgRole?: components["schemas"]["OrgRole"] | null;
            /**
             * @description Whether the user confirmed their email address.
             * @example true
             */
            validated?: boolean;
            /**
             * Format: date-time
             * @description When the user was deleted; null for an active user.
             * @example null
             */
            deletedAt?: string | null;
            /**
             * @description Name of `orgRole`, such as `WORKSPACES` or `USER`. Kept a plain string, not an enum, since Flashback's own client spells one name differently (`ADMINISTRATORS`).
             * @example WORKSPACES
             */
            orgRoleDescription?: string;
            /**
             * @description Role codes available to the user (codes per Flashback's TypeScript client).
             * @example [
             *       0,
             *       1,
             *       2
             *     ]
             */
            orgRoles?: components["schemas"]["OrgRole"][];
        };
        /**
         * @description Body of a successful call.
         * @example {
         *       "success": true,
         *       "data": [
         *         {
         *           "id": "550e8400-e29b-41d4-a716-446655440000",
         *           "email": "john.doe@example.com",
         *           "name": "John",
         *           "lastName": "Doe",
         *           "orgId": "123e4567-e89b-12d3-a456-426614174000",
         *           "orgRole": 2,
         *           "validated": true,
         *           "deletedAt": null,
         *           "orgRoleDescription": "WORKSPACES",
         *           "orgRoles": [
         *             0,
         *             1,
         *             2
         *           ]
         *         },
         *         {
         *           "id": "660e8400-e29b-41d4-a716-446655440001",
         *           "email": "jane.smith@example.com",
         *           "name": "Jane",
         *           "lastName": "Smith",
         *           "orgId": "123e4567-e89b-12d3-a456-426614174000",
         *           "orgRole": 0,
         *           "validated": true,
         *           "deletedAt": null,
         *           "orgRoleDescription": "USER",
         *           "orgRoles": [
         *             0
         *           ]
         *         },
         *         {
         *           "id": "770e8400-e29b-41d4-a716-446655440002",
         *           "email": "user@example.com",
         *           "name": "First",
         *           "lastName": "Last",
         *           "orgId": "123e4567-e89b-12d3-a456-426614174000",
         *           "orgRole": 0,
         *           "validated": true,
         *           "deletedAt": "2025-06-30T17:00:00.000Z",
         *           "orgRoleDescription": "USER",
         *           "orgRoles": [
         *             0
         *           ]
         *         },
         *         {
         *           "id": "880e8400-e29b-41d4-a716-446655440003",
         *           "email": "sam@contractor.example",
         *           "name": "Sam",
         *           "lastName": "Contractor",
         *           "orgId": "123e4567-e89b-12d3-a456-426614174000",
         *           "orgRole": 0,
         *           "validated": false,
         *           "deletedAt": null,
         *           "orgRoleDescription": "USER",
         *           "orgRoles": [
         *             0
         *           ]
         *         }
         *       ],
         *       "total": 4
         *     }
         */
        ListOrganizationUsersResponse: {
            /**
             * @description Whether the call succeeded; true here.
             * @example true
             */
            success?: boolean;
            /** @description The organization's users. */
            data?: components["schemas"]["User"][];
            /**
             * @description Number of users in the organization.
             * @example 2
             */
            total?: number;
        };
        /**
         * @description Body of a failed call (403 and 500 alike): the list envelope with `success` false, no users and a zero total. A separate schema so that generated types can tell failure from success.
         * @example {
         *       "success": false,
         *       "data": [],
         *       "total": 0
         *     }
         */
        ErrorResponse: {
            /**
             * @description Always false.
             * @example false
             * @constant
             */
            success?: false;
            /**
             * @description Always empty.
             * @example []
             */
            data?: components["schemas"]["User"][];
            /**
             * @description Always 0.
             * @example 0
             * @constant
             */
            total?: 0;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listOrganizationUsers: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The organization's users. The example is the organization the other specs' examples describe: First Last, deleted here, is still enabled at Telnyx, and a contractor never confirmed their email. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": true,
                     *       "data": [
                     *         {
                     *           "id": "550e8400-e29b-41d4-a716-446655440000",
                     *           "email": "john.doe@example.com",
                     *           "name": "John",
                     *           "lastName": "Doe",
                     *           "orgId": "123e4567-e89b-12d3-a456-426614174000",
                     *           "orgRole": 2,
                     *           "validated": true,
                     *           "deletedAt": null,
                     *           "orgRoleDescription": "WORKSPACES",
                     *           "orgRoles": [
                     *             0,
                     *             1,
                     *             2
                     *           ]
                     *         },
                     *         {
                     *           "id": "660e8400-e29b-41d4-a716-446655440001",
                     *           "email": "jane.smith@example.com",
                     *           "name": "Jane",
                     *           "lastName": "Smith",
                     *           "orgId": "123e4567-e89b-12d3-a456-426614174000",
                     *           "orgRole": 0,
                     *           "validated": true,
                     *           "deletedAt": null,
                     *           "orgRoleDescription": "USER",
                     *           "orgRoles": [
                     *             0
                     *           ]
                     *         },
                     *         {
                     *           "id": "770e8400-e29b-41d4-a716-446655440002",
                     *           "email": "user@example.com",
                     *           "name": "First",
                     *           "lastName": "Last",
                     *           "orgId": "123e4567-e89b-12d3-a456-426614174000",
                     *           "orgRole": 0,
                     *           "validated": true,
                     *           "deletedAt": "2025-06-30T17:00:00.000Z",
                     *           "orgRoleDescription": "USER",
                     *           "orgRoles": [
                     *             0
                     *           ]
                     *         },
                     *         {
                     *           "id": "880e8400-e29b-41d4-a716-446655440003",
                     *           "email": "sam@contractor.example",
                     *           "name": "Sam",
                     *           "lastName": "Contractor",
                     *           "orgId": "123e4567-e89b-12d3-a456-426614174000",
                     *           "orgRole": 0,
                     *           "validated": false,
                     *           "deletedAt": null,
                     *           "orgRoleDescription": "USER",
                     *           "orgRoles": [
                     *             0
                     *           ]
                     *         }
                     *       ],
                     *       "total": 4
                     *     }
                     */
                    "application/json": components["schemas"]["ListOrganizationUsersResponse"];
                };
            };
            /** @description The caller lacks the WORKSPACES role (or higher) or belongs to no organization. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "data": [],
                     *       "total": 0
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The server failed; the body is the empty failure envelope. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "data": [],
                     *       "total": 0
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
}

import "server-only";

/**
 * The authentication and authorisation entry points: every server action, route handler and
 * page that needs a user goes through these (see lib/permissions.ts for the table).
 */
export { auth, handlers, oauthProviders, signIn, signOut, CredentialsRefused } from "./nextauth";
export { getCurrentUser, requirePermission, requireUser, requireUserOrSignIn } from "./session";
export { requirePermissionForPage } from "./page-guard";
export type { CurrentUser } from "@/server/data/users";

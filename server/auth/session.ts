import "server-only";
import { getLocale } from "next-intl/server";
import { cache } from "react";
import { redirect } from "@/i18n/navigation";
import { assertCan, type Permission, type Target } from "@/lib/permissions";
import { AppError } from "@/lib/errors";
import { getSessionUser, type CurrentUser } from "@/server/data/users";
import { auth } from "./nextauth";

/**
 * The signed-in user, read from the database on every request (once per request: React's
 * `cache`). The JWT only says who signed in and when; role, status and e-mail confirmation come
 * from the User row, so a ban, a role change, a password reset or a deleted account applies to
 * the very next request.
 */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await auth();
  const id = session?.user?.id;
  if (!id) return null;
  return getSessionUser({ id, authTime: session.authTime });
});

/** For server actions and route handlers: the user, or UNAUTHORIZED. */
export async function requireUser(): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) throw new AppError("UNAUTHORIZED", "Sign in first.");
  return user;
}

/** The user if the permission table allows them this (on this target); otherwise UNAUTHORIZED/FORBIDDEN. */
export async function requirePermission(permission: Permission, target?: Target): Promise<CurrentUser> {
  const user = await getCurrentUser();
  assertCan(user, permission, target);
  return user!;
}

/**
 * For pages: the user, or a redirect to the sign-in page that comes back to `path` (a path
 * without the locale prefix, e.g. "/me").
 */
export async function requireUserOrSignIn(path: string): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (user) return user;
  const locale = await getLocale();
  return redirect({ href: { pathname: "/signin", query: { callbackUrl: path } }, locale });
}

import "server-only";
import { forbidden } from "next/navigation";
import { can, type Permission } from "@/lib/permissions";
import type { CurrentUser } from "@/server/data/users";
import { requireUserOrSignIn } from "./session";

/**
 * For staff pages: the user when the permission table allows them `permission`; a visitor is
 * sent to sign in (coming back to `path`), anyone else gets the 403 page (`forbidden()`, a real
 * 403 status: the check runs before the page starts streaming). The data functions the page
 * then calls check again.
 */
export async function requirePermissionForPage(permission: Permission, path: string): Promise<CurrentUser> {
  const user = await requireUserOrSignIn(path);
  if (!can(user, permission)) forbidden();
  return user;
}

import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { can } from "@/lib/permissions";
import { signOutAction } from "@/server/actions/account";
import { getCurrentUser } from "@/server/auth";
import { SignInLink } from "./SignInLink";

/**
 * The header's account control: a sign-in link, or the signed-in user's menu. A native
 * <details> disclosure, so it opens with the keyboard and without JavaScript.
 */
export async function AccountMenu() {
  const [user, t] = await Promise.all([getCurrentUser(), getTranslations("nav")]);
  if (!user) {
    return (
      <SignInLink className="inline-flex min-h-11 items-center rounded-md bg-brand-600 px-3 text-white hover:bg-brand-700 sm:min-h-9">{t("signIn")}</SignInLink>
    );
  }
  const label = user.name || user.email;
  return (
    <details className="group relative">
      <summary className="flex min-h-11 cursor-pointer list-none items-center gap-1 rounded-md border border-slate-300 px-3 text-slate-800 sm:min-h-9 hover:bg-slate-100 [&::-webkit-details-marker]:hidden">
        <span className="sr-only">{t("accountMenu")}: </span>
        <span className="max-w-[12rem] truncate">{label}</span>
        <span aria-hidden="true" className="text-xs transition-transform group-open:rotate-180">
          ▾
        </span>
      </summary>
      <div className="absolute left-0 z-40 mt-2 flex w-64 max-w-[calc(100vw-2rem)] sm:left-auto sm:right-0 flex-col gap-1 rounded-md border border-slate-200 bg-white p-2 text-sm shadow-lg">
        <p className="truncate px-2 py-1 text-slate-600">{t("signedInAs", { email: user.email })}</p>
        <Link href="/me" className="rounded px-2 py-2 text-slate-900 hover:bg-slate-100">
          {t("me")}
        </Link>
        {can(user, "read:moderation:any") && (
          <Link href="/admin" className="rounded px-2 py-2 text-slate-900 hover:bg-slate-100">
            {t("admin")}
          </Link>
        )}
        <form action={signOutAction}>
          <button type="submit" className="w-full rounded px-2 py-2 text-left text-slate-900 hover:bg-slate-100">
            {t("signOut")}
          </button>
        </form>
      </div>
    </details>
  );
}

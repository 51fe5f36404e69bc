import { getTranslations } from "next-intl/server";
import { secondaryButtonClass } from "@/components/forms/fields";
import { oauthSignInAction } from "@/server/actions/account";
import { oauthProviders } from "@/server/auth";

/** One button per OAuth provider that configuration switched on; nothing when there is none. */
export async function OAuthButtons({ callbackUrl }: { callbackUrl: string | null }) {
  const providers = oauthProviders();
  if (providers.length === 0) return null;
  const t = await getTranslations("account");
  return (
    <div className="flex flex-col gap-2 border-t border-slate-200 pt-4">
      <p className="text-sm text-slate-600">{t("orWith")}</p>
      {providers.map((p) => (
        <form key={p} action={oauthSignInAction}>
          <input type="hidden" name="provider" value={p} />
          <input type="hidden" name="callbackUrl" value={callbackUrl ?? ""} />
          <button type="submit" className={`${secondaryButtonClass} w-full`}>
            {t(p === "github" ? "withGithub" : "withGoogle")}
          </button>
        </form>
      ))}
    </div>
  );
}

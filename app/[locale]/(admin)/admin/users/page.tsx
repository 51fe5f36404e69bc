import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ActionForm } from "@/components/admin/ActionForm";
import { DateTime, Notice, StatusBadge } from "@/components/admin/parts";
import { buttonClass } from "@/components/forms/fields";
import { Pagination } from "@/components/suppliers/Pagination";
import { can, ROLES } from "@/lib/permissions";
import { MODERATION_NOTE_MAX, pageParam } from "@/lib/schemas/moderation";
import { changeRoleAction } from "@/server/actions/admin";
import { banUserAction, unbanUserAction } from "@/server/actions/moderation";
import { requirePermissionForPage } from "@/server/auth";
import { findUsers } from "@/server/data/moderation";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  return { title: (await getTranslations({ locale, namespace: "admin" }))("users.title") };
}

/**
 * People: search, ban and unban (staff, on lower roles only), change roles (admins only). A
 * moderator sees the page for bans; the role controls are not there for them and the data
 * function refuses them anyway.
 */
export default async function UsersPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const sp = await searchParams;
  const q = (typeof sp.q === "string" ? sp.q : "").trim().slice(0, 100);
  const page = pageParam(sp.page);
  const user = await requirePermissionForPage("ban:user:any", "/admin/users");
  const [t, ta, result] = await Promise.all([getTranslations("admin"), getTranslations("account"), findUsers({ actor: user, query: q, page })]);
  const pages = Math.max(1, Math.ceil(result.total / result.pageSize));
  const back = { q, page: String(page) };
  const hrefFor = (p: number) => {
    const params = new URLSearchParams();
    if (q) params.set("q", q);
    if (p > 1) params.set("page", String(p));
    const s = params.toString();
    return `/admin/users${s ? `?${s}` : ""}`;
  };
  return (
    <div className="flex flex-col gap-5">
      <h1 className="text-2xl font-bold tracking-tight">{t("users.heading")}</h1>
      <Notice notice={sp.notice} scope="user" />
      {!can(user, "update:role:any") && <p className="text-sm text-slate-700">{t("users.moderatorNote")}</p>}
      <form method="get" role="search" aria-label={t("users.searchLabel")} className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:flex-row sm:items-end">
        <div className="flex flex-1 flex-col gap-1">
          <label htmlFor="users-q" className="font-medium">
            {t("users.query")}
          </label>
          <input id="users-q" name="q" type="search" defaultValue={q} className="w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-base" />
        </div>
        <button type="submit" className={buttonClass}>
          {t("users.search")}
        </button>
      </form>
      <p role="status" className="text-sm text-slate-700">
        {t("users.count", { count: result.total })}
      </p>

      <ul className="flex flex-col gap-3">
        {result.items.map((u) => {
          const target = { ownerId: u.id, role: u.role };
          const mayBan = can(user, "ban:user:any", target);
          const mayChangeRole = can(user, "update:role:any", target);
          const label = u.name || u.email;
          return (
            <li key={u.id} aria-label={label} className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4">
              <div className="flex flex-col gap-1">
                <p className="flex flex-wrap items-center gap-2">
                  <span className="font-semibold">{u.name || t("noName")}</span>
                  <span className="break-all text-slate-700">{u.email}</span>
                </p>
                <p className="flex flex-wrap items-center gap-2 text-sm text-slate-700">
                  <span>{ta(`roles.${u.role}`)}</span>
                  <StatusBadge status={u.status} />
                  <span>
                    {t("users.joined")} <DateTime iso={u.createdAt} />
                  </span>
                </p>
                {u.status === "BANNED" && u.banReason && <p className="text-sm text-red-900">{t("users.bannedBecause", { reason: u.banReason })}</p>}
              </div>
              {(mayBan || mayChangeRole) && (
                <div className="flex flex-col gap-2">
                  {mayChangeRole && (
                    <ActionForm
                      id={`role-${u.id}`}
                      action={changeRoleAction}
                      hidden={{ userId: u.id, ...back }}
                      disclosure={t("users.changeRole", { name: label })}
                      fields={[
                        { kind: "select", name: "role", label: t("users.newRole"), options: ROLES.map((r) => ({ value: r, label: ta(`roles.${r}`) })), defaultValue: u.role },
                        { kind: "textarea", name: "reason", label: t("users.roleReason"), maxLength: MODERATION_NOTE_MAX, rows: 2 },
                      ]}
                      submit={{ label: t("users.saveRole"), pending: t("working") }}
                    />
                  )}
                  {mayBan && u.status === "ACTIVE" && (
                    <ActionForm
                      id={`ban-${u.id}`}
                      action={banUserAction}
                      hidden={{ userId: u.id, ...back }}
                      disclosure={t("users.ban", { name: label })}
                      description={t("users.banHint")}
                      fields={[{ kind: "textarea", name: "reason", label: t("reasonLabel"), hint: t("users.banReasonHint"), maxLength: MODERATION_NOTE_MAX, required: true }]}
                      submit={{ label: t("users.banConfirm"), pending: t("working"), tone: "danger" }}
                    />
                  )}
                  {mayBan && u.status === "BANNED" && (
                    <ActionForm
                      id={`unban-${u.id}`}
                      action={unbanUserAction}
                      hidden={{ userId: u.id, ...back }}
                      disclosure={t("users.unban", { name: label })}
                      fields={[{ kind: "textarea", name: "reason", label: t("reasonLabel"), maxLength: MODERATION_NOTE_MAX, required: true }]}
                      submit={{ label: t("users.unbanConfirm"), pending: t("working"), tone: "secondary" }}
                    />
                  )}
                </div>
              )}
            </li>
          );
        })}
      </ul>
      <Pagination page={result.page} pages={pages} hrefFor={hrefFor} />
    </div>
  );
}

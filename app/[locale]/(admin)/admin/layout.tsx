import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { AdminNav } from "@/components/admin/AdminNav";
import { can, type Permission } from "@/lib/permissions";
import { getCurrentUser } from "@/server/auth";

type Props = { children: ReactNode; params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "admin" });
  return { title: t("title"), robots: { index: false, follow: false } };
}

const LINKS: { href: string; key: string; permission: Permission }[] = [
  { href: "/admin", key: "queues", permission: "read:moderation:any" },
  { href: "/admin/listings", key: "listings", permission: "read:moderation:any" },
  { href: "/admin/users", key: "users", permission: "ban:user:any" },
  { href: "/admin/audit", key: "audit", permission: "read:audit:any" },
  { href: "/admin/import", key: "import", permission: "import:listing:any" },
];

/**
 * The staff pages. Each page checks the permission itself (layouts render in parallel with
 * pages, so a check here would not protect them); this only shows the links the user may follow.
 */
export default async function AdminLayout({ children }: Props) {
  const [user, t] = await Promise.all([getCurrentUser(), getTranslations("admin")]);
  const links = LINKS.filter((l) => can(user, l.permission)).map((l) => ({ href: l.href, label: t(`nav.${l.key}`) }));
  return (
    <div className="flex flex-col gap-5">
      {links.length > 0 && <AdminNav label={t("nav.label")} links={links} />}
      {children}
    </div>
  );
}

import { getFormatter, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { Link } from "@/i18n/navigation";
import {
  capabilityLabel,
  categoryLabel,
  certificationLabel,
  districtLabel,
  languageLabel,
  paymentMethodLabel,
} from "@/lib/labels";
import type { FieldDiff, Conflict } from "@/lib/listing/diff";
import { LISTING_FIELDS, setMembers, type ListingField } from "@/lib/listing/fields";
import type { Locale } from "@/lib/taxonomy";

/** Notices the staff actions redirect with (`?notice=`); anything else in the URL is ignored. */
export const NOTICES = [
  "approved",
  "rejected",
  "archived",
  "verified",
  "conflict",
  "resolved",
  "dismissed",
  "banned",
  "unbanned",
  "role-changed",
  "import-started",
  "import-invalid",
] as const;

export async function Notice({ notice, scope }: { notice: string | string[] | undefined; scope: "listing" | "proposal" | "report" | "user" | "import" }) {
  const t = await getTranslations("admin.notices");
  const key = typeof notice === "string" && (NOTICES as readonly string[]).includes(notice) ? notice : null;
  if (!key) return null;
  const warning = key === "conflict" || key === "import-invalid";
  return (
    <p
      role={warning ? "alert" : "status"}
      className={`rounded-md border px-4 py-3 ${warning ? "border-amber-400 bg-amber-50 text-amber-950" : "border-green-300 bg-green-50 text-green-900"}`}
    >
      {t(`${scope}.${key}`)}
    </p>
  );
}

export function Section({ id, title, children, actions }: { id: string; title: ReactNode; children: ReactNode; actions?: ReactNode }) {
  return (
    <section aria-labelledby={id} className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:p-5">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id={id} className="text-lg font-semibold">
          {title}
        </h2>
        {actions}
      </div>
      {children}
    </section>
  );
}

const BADGE: Record<string, string> = {
  PENDING: "bg-amber-100 text-amber-950",
  PUBLISHED: "bg-green-100 text-green-900",
  APPROVED: "bg-green-100 text-green-900",
  VISIBLE: "bg-green-100 text-green-900",
  ACTIVE: "bg-green-100 text-green-900",
  RESOLVED: "bg-green-100 text-green-900",
  COMPLETED: "bg-green-100 text-green-900",
  RUNNING: "bg-sky-100 text-sky-950",
  OPEN: "bg-amber-100 text-amber-950",
  REJECTED: "bg-red-100 text-red-900",
  ARCHIVED: "bg-slate-200 text-slate-800",
  HIDDEN: "bg-red-100 text-red-900",
  BANNED: "bg-red-100 text-red-900",
  DISMISSED: "bg-slate-200 text-slate-800",
  FAILED: "bg-red-100 text-red-900",
};

/** A status as a small label, in words (`admin.status.*`), never by colour alone. */
export async function StatusBadge({ status }: { status: string }) {
  const t = await getTranslations("admin.status");
  return <span className={`inline-block rounded-full px-2 py-0.5 text-xs font-semibold ${BADGE[status] ?? "bg-slate-200"}`}>{t(status)}</span>;
}

export async function DateTime({ iso, withTime = false }: { iso: string | null; withTime?: boolean }) {
  if (!iso) return null;
  const format = await getFormatter();
  const date = new Date(iso);
  return (
    <time dateTime={iso}>{format.dateTime(date, withTime ? { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" } : { dateStyle: "medium", timeZone: "UTC" })}{withTime ? " UTC" : ""}</time>
  );
}

/** A person as staff see them: the display name, or a placeholder when there is none. */
export async function Person({ person }: { person: { name: string | null; email?: string } | null }) {
  const t = await getTranslations("admin");
  if (!person) return <span className="text-slate-600">{t("noAccount")}</span>;
  return (
    <span>
      {person.name || t("noName")}
      {person.email && <span className="break-all text-slate-600"> ({person.email})</span>}
    </span>
  );
}

type Translate = (key: string, values?: Record<string, string | number>) => string;

const LABELLED_SETS: Partial<Record<ListingField, (v: string, locale: Locale) => string>> = {
  categories: categoryLabel,
  capabilities: capabilityLabel,
  languages: languageLabel,
  paymentMethods: paymentMethodLabel,
  certifications: certificationLabel,
};

/** One member of a list field, readable: a category's name, a store link as "Taobao: url". */
export function setMemberText(field: ListingField, member: string, locale: Locale, t: Translate): string {
  const label = LABELLED_SETS[field];
  if (label) return label(member, locale);
  if (field === "storeLinks") {
    const [kind, ...url] = member.split(" ");
    return `${t(`listingForm.storeKinds.${kind}`)}: ${url.join(" ")}`;
  }
  return member;
}

/** A listing field's value as text, the way the detail page words it. */
export function fieldValueText(field: ListingField, value: unknown, locale: Locale, t: Translate): string {
  if (value === null || value === undefined || value === "" || (Array.isArray(value) && value.length === 0)) return t("admin.empty");
  const kind = LISTING_FIELDS[field];
  if (kind === "set" || kind === "storeLinks") return setMembers(field, value).map((m) => setMemberText(field, m, locale, t)).join(", ");
  if (field === "category") return categoryLabel(String(value), locale);
  if (field === "district") return districtLabel(String(value), locale);
  if (field === "locationPrecision") return t(`listingForm.precisions.${String(value)}`);
  if (kind === "boolean") return value ? t("supplier.yes") : t("supplier.no");
  if (kind === "location") {
    const p = value as { lat: number; lng: number; datum?: string };
    return `${p.lat.toFixed(6)}, ${p.lng.toFixed(6)} (WGS-84)`;
  }
  return String(value);
}

/** A table of listing fields, one row each: a caption for screen readers, then column headings. */
function FieldTable({ caption, headings, children }: { caption: string; headings: string[]; children: ReactNode }) {
  return (
    // Fixed layout, breaking anywhere: long links wrap instead of scrolling the table sideways on a phone.
    <table className="w-full table-fixed border-collapse text-left text-sm [overflow-wrap:anywhere]">
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr className="border-b border-slate-300">
          {headings.map((h, i) => (
            <th key={h} scope="col" className={i < headings.length - 1 ? "py-2 pr-4 font-semibold" : "py-2 font-semibold"}>
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>{children}</tbody>
    </table>
  );
}

/** Field by field: old → new for values, added and removed for lists. */
export async function DiffTable({ diff, locale, caption }: { diff: FieldDiff[]; locale: Locale; caption: string }) {
  const t = (await getTranslations()) as unknown as Translate;
  return (
    <FieldTable caption={caption} headings={[t("admin.diff.field"), t("admin.diff.before"), t("admin.diff.after")]}>
      {diff.map((d) => (
        <tr key={d.field} className="border-b border-slate-200 align-top">
          <th scope="row" className="py-2 pr-4 font-medium">
            {t(`listingForm.fields.${d.field}`)}
          </th>
          {d.kind === "value" ? (
            <>
              <td className="py-2 pr-4 break-words text-slate-700">
                <del className="decoration-red-700">{fieldValueText(d.field, d.before, locale, t)}</del>
              </td>
              <td className="py-2 break-words">
                <ins className="no-underline font-medium text-green-900">{fieldValueText(d.field, d.after, locale, t)}</ins>
              </td>
            </>
          ) : (
            <td colSpan={2} className="py-2 break-words">
              <ul className="flex flex-col gap-1">
                {d.removed.map((m) => (
                  <li key={`-${m}`}>
                    <span className="font-semibold text-red-800">{t("admin.diff.removed")}</span>{" "}
                    <del className="decoration-red-700">{setMemberText(d.field, m, locale, t)}</del>
                  </li>
                ))}
                {d.added.map((m) => (
                  <li key={`+${m}`}>
                    <span className="font-semibold text-green-900">{t("admin.diff.added")}</span>{" "}
                    <ins className="no-underline">{setMemberText(d.field, m, locale, t)}</ins>
                  </li>
                ))}
              </ul>
            </td>
          )}
        </tr>
      ))}
    </FieldTable>
  );
}

/** Fields changed by someone else since the suggestion: what the proposer saw, what is there now, what they propose. */
export async function ConflictTable({ conflicts, locale, caption }: { conflicts: Conflict[]; locale: Locale; caption: string }) {
  const t = (await getTranslations()) as unknown as Translate;
  return (
    <FieldTable
      caption={caption}
      headings={[t("admin.diff.field"), t("admin.diff.base"), t("admin.diff.current"), t("admin.diff.proposed")]}
    >
      {conflicts.map((c) => (
        <tr key={c.field} className="border-b border-slate-200 align-top">
          <th scope="row" className="py-2 pr-4 font-medium">
            {t(`listingForm.fields.${c.field}`)}
          </th>
          <td className="py-2 pr-4 break-words text-slate-700">{fieldValueText(c.field, c.base, locale, t)}</td>
          <td className="py-2 pr-4 break-words font-medium">{fieldValueText(c.field, c.current, locale, t)}</td>
          <td className="py-2 break-words">{fieldValueText(c.field, c.proposed, locale, t)}</td>
        </tr>
      ))}
    </FieldTable>
  );
}

/** Key/value pairs of an audit row's before or after, readable (nested values as compact JSON). */
export function KeyValues({ value, locale, t }: { value: unknown; locale: Locale; t: Translate }) {
  if (value === null || value === undefined) return <span className="text-slate-600">{t("admin.empty")}</span>;
  if (typeof value !== "object" || Array.isArray(value)) return <span className="break-words">{JSON.stringify(value)}</span>;
  const entries = Object.entries(value as Record<string, unknown>);
  return (
    <dl className="grid grid-cols-[minmax(6rem,max-content)_1fr] gap-x-3 gap-y-1">
      {entries.map(([k, v]) => (
        <div key={k} className="contents">
          <dt className="font-medium text-slate-700">{k in LISTING_FIELDS ? t(`listingForm.fields.${k}`) : k}</dt>
          <dd className="min-w-0 break-words">
            {k in LISTING_FIELDS ? fieldValueText(k as ListingField, v, locale, t) : typeof v === "string" ? v : JSON.stringify(v)}
          </dd>
        </div>
      ))}
    </dl>
  );
}

/** The top of a staff page about one thing: the way back to the queues, its heading, and a line of facts (status, when, who, links). */
export async function ItemHeader({ heading, children }: { heading: ReactNode; children: ReactNode }) {
  const t = await getTranslations("admin");
  return (
    <div className="flex flex-col gap-2">
      <p className="text-sm">
        <Link href="/admin" className="text-brand-700 underline">
          {t("backToQueues")}
        </Link>
      </p>
      <h1 className="text-2xl font-bold tracking-tight">{heading}</h1>
      <p className="flex flex-wrap items-center gap-2 text-sm text-slate-700">{children}</p>
    </div>
  );
}

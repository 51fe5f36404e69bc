import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { ActionForm } from "@/components/admin/ActionForm";
import { ListingPreview } from "@/components/admin/ListingPreview";
import { DateTime, ItemHeader, Notice, Person, Section, StatusBadge } from "@/components/admin/parts";
import { Link } from "@/i18n/navigation";
import { districtLabel } from "@/lib/labels";
import { REJECTION_CODES } from "@/lib/listing/reasons";
import { MODERATION_NOTE_MAX } from "@/lib/schemas/moderation";
import { can } from "@/lib/permissions";
import type { Locale } from "@/lib/taxonomy";
import { approveListingAction, archiveListingAction, markVerifiedAction, rejectListingAction } from "@/server/actions/moderation";
import { requirePermissionForPage } from "@/server/auth";
import { getListingForReview } from "@/server/data/listings";
import { foundOr404 } from "@/server/pages";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  return { title: (await getTranslations({ locale, namespace: "admin" }))("listing.title") };
}

async function load(actor: Parameters<typeof getListingForReview>[0]["actor"], id: string) {
  if (!/^\d{1,10}$/.test(id)) notFound();
  return foundOr404(getListingForReview({ actor, supplierId: Number(id) }));
}

/** One listing for staff: a pending one to approve or reject, a published one to verify or archive. */
export default async function ListingReviewPage({ params, searchParams }: Props) {
  const { locale: raw, id } = await params;
  setRequestLocale(raw);
  const locale = raw as Locale;
  const user = await requirePermissionForPage("read:moderation:any", `/admin/listings/${id}`);
  const [listing, t, tm, { notice }] = await Promise.all([load(user, id), getTranslations("admin"), getTranslations("moderation"), searchParams]);
  const pending = listing.status === "PENDING" && listing.importJobId === null;
  const publishable = listing.values.district !== null && listing.values.location !== null;
  const hidden = { supplierId: String(listing.id) };
  const reasonOptions = REJECTION_CODES.map((c) => ({ value: c, label: tm(`rejection.${c}`) }));

  return (
    <div className="flex flex-col gap-5">
      <ItemHeader heading={t("listing.heading", { name: listing.values.name })}>
        <StatusBadge status={listing.status} />
        <span>
          {t("listing.submitted")} <DateTime iso={listing.createdAt} withTime />
        </span>
        {listing.status === "PUBLISHED" && (
          <Link href={`/suppliers/${listing.slug}`} className="text-brand-700 underline">
            {t("listing.viewPublic")}
          </Link>
        )}
      </ItemHeader>
      <Notice notice={notice} scope="listing" />

      <div className="grid grid-cols-1 gap-5 lg:grid-cols-3">
        <div className="flex flex-col gap-5 lg:col-span-2">
          <ListingPreview values={listing.values} locale={locale} headingId="listing-preview" />
        </div>

        <aside className="flex flex-col gap-5">
          <Section id="listing-decision" title={t("listing.decision")}>
            {pending && (
              <>
                {!publishable && (
                  <p role="note" className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950">
                    {t("listing.notPublishable")}
                  </p>
                )}
                {publishable && can(user, "approve:listing:any") && (
                  <ActionForm
                    id="approve"
                    action={approveListingAction}
                    hidden={hidden}
                    description={t("listing.approveHint")}
                    submit={{ label: t("listing.approve"), pending: t("working") }}
                  />
                )}
                {can(user, "reject:listing:any") && (
                  <ActionForm
                    id="reject"
                    action={rejectListingAction}
                    hidden={hidden}
                    disclosure={t("listing.reject")}
                    fields={[
                      { kind: "radios", name: "code", legend: t("rejectReason"), options: reasonOptions, required: true },
                      { kind: "textarea", name: "text", label: t("rejectNote"), hint: t("rejectNoteHint"), maxLength: MODERATION_NOTE_MAX },
                    ]}
                    submit={{ label: t("listing.rejectConfirm"), pending: t("working"), tone: "danger" }}
                  />
                )}
              </>
            )}
            {listing.status === "REJECTED" && (
              <div className="flex flex-col gap-1 text-sm">
                <p className="font-medium">{t("listing.rejectedWith")}</p>
                {listing.rejectionCode && <p>{tm(`rejection.${listing.rejectionCode}`)}</p>}
                {listing.rejectionReason && <p className="whitespace-pre-line text-slate-700">{listing.rejectionReason}</p>}
              </div>
            )}
            {listing.status === "PUBLISHED" && (
              <>
                <p className="text-sm text-slate-700">
                  {listing.lastVerifiedAt ? (
                    <>
                      {t("listing.lastVerified")} <DateTime iso={listing.lastVerifiedAt} withTime />
                    </>
                  ) : (
                    t("listing.neverVerified")
                  )}
                </p>
                {can(user, "verify:listing:any") && (
                  <ActionForm
                    id="verify"
                    action={markVerifiedAction}
                    hidden={hidden}
                    description={t("listing.verifyHint")}
                    submit={{ label: t("listing.verify"), pending: t("working"), tone: "secondary" }}
                  />
                )}
              </>
            )}
            {(listing.status === "PUBLISHED" || pending) && can(user, "archive:listing:any") && (
              <ActionForm
                id="archive"
                action={archiveListingAction}
                hidden={hidden}
                disclosure={t("listing.archive")}
                description={t("listing.archiveHint")}
                fields={[{ kind: "textarea", name: "reason", label: t("reasonLabel"), hint: t("reasonHint"), maxLength: MODERATION_NOTE_MAX, required: true }]}
                submit={{ label: t("listing.archiveConfirm"), pending: t("working"), tone: "danger" }}
              />
            )}
            {listing.status === "ARCHIVED" && <p className="text-sm text-slate-700">{t("listing.archivedText")}</p>}
            {listing.importJobId !== null && listing.status === "PENDING" && <p className="text-sm text-slate-700">{t("listing.importing")}</p>}
          </Section>

          <Section id="listing-source" title={t("listing.source")}>
            <dl className="flex flex-col gap-2 text-sm">
              <div>
                <dt className="font-medium text-slate-600">{t("listing.submitter")}</dt>
                <dd>
                  <Person person={listing.createdBy} />
                </dd>
              </div>
              <div>
                <dt className="font-medium text-slate-600">{t("listing.howKnown")}</dt>
                <dd className="whitespace-pre-line [overflow-wrap:anywhere]">{listing.sources ?? t("empty")}</dd>
              </div>
            </dl>
          </Section>

          <Section id="listing-duplicates" title={t("listing.duplicates", { count: listing.duplicates.length })}>
            {listing.duplicates.length === 0 ? (
              <p className="text-sm text-slate-600">{t("listing.noDuplicates")}</p>
            ) : (
              <ul className="flex flex-col gap-3">
                {listing.duplicates.map((d) => (
                  <li key={d.id} className="flex flex-col gap-1 text-sm">
                    <span className="flex flex-wrap items-center gap-2">
                      <Link href={`/admin/listings/${d.id}`} className="font-semibold text-brand-700 underline">
                        {d.name}
                        {d.nameZh && <span lang="zh-Hans"> · {d.nameZh}</span>}
                      </Link>
                      <StatusBadge status={d.status} />
                    </span>
                    {d.district && <span className="text-slate-700">{districtLabel(d.district, locale)}</span>}
                    <span className="text-slate-700">
                      {d.reasons
                        .map((r) => (r.kind === "nearby" ? tm("duplicateReasons.nearby", { metres: Math.round(r.metres) }) : tm(`duplicateReasons.${r.kind}`)))
                        .join(" · ")}
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </Section>
        </aside>
      </div>
    </div>
  );
}

import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { ActionForm } from "@/components/admin/ActionForm";
import { ConflictTable, DateTime, DiffTable, ItemHeader, Notice, Person, Section, StatusBadge } from "@/components/admin/parts";
import { Link } from "@/i18n/navigation";
import { REJECTION_CODES } from "@/lib/listing/reasons";
import { can, type Actor } from "@/lib/permissions";
import { MODERATION_NOTE_MAX } from "@/lib/schemas/moderation";
import type { Locale } from "@/lib/taxonomy";
import { approveProposalAction, rejectProposalAction } from "@/server/actions/moderation";
import { requirePermissionForPage } from "@/server/auth";
import { getProposalReview } from "@/server/data/listings";
import { foundOr404 } from "@/server/pages";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  return { title: (await getTranslations({ locale, namespace: "admin" }))("proposal.title") };
}

async function load(actor: Actor, id: string) {
  if (id.length > 64) notFound();
  return foundOr404(getProposalReview({ actor, proposalId: id }));
}

/** A suggested edit: the changed fields old → new, conflicts with later changes, approve or reject. */
export default async function ProposalPage({ params, searchParams }: Props) {
  const { locale: raw, id } = await params;
  setRequestLocale(raw);
  const locale = raw as Locale;
  const user = await requirePermissionForPage("read:moderation:any", `/admin/proposals/${encodeURIComponent(id)}`);
  const [p, t, tm, { notice }] = await Promise.all([load(user, id), getTranslations("admin"), getTranslations("moderation"), searchParams]);
  const pending = p.status === "PENDING";
  const hidden = { proposalId: p.id };
  return (
    <div className="flex flex-col gap-5">
      <ItemHeader heading={t("proposal.heading", { name: p.supplier.name })}>
        <StatusBadge status={p.status} />
        <span>
          {t("queues.suggested")} <DateTime iso={p.createdAt} withTime /> · {t("queues.by")} <Person person={p.proposer} />
        </span>
        {p.supplier.status === "PUBLISHED" && (
          <Link href={`/suppliers/${p.supplier.slug}`} className="text-brand-700 underline">
            {t("listing.viewPublic")}
          </Link>
        )}
        <Link href={`/admin/listings/${p.supplier.id}`} className="text-brand-700 underline">
          {t("proposal.listingPage")}
        </Link>
      </ItemHeader>
      <Notice notice={notice} scope="proposal" />

      {p.conflicts.length > 0 && (
        <Section id="proposal-conflicts" title={t("proposal.conflicts", { count: p.conflicts.length })}>
          <p className="text-sm text-slate-700">{t("proposal.conflictsText")}</p>
          <ConflictTable conflicts={p.conflicts} locale={locale} caption={t("proposal.conflictsCaption")} />
        </Section>
      )}

      <Section id="proposal-diff" title={t("proposal.changes", { count: p.diff.length })}>
        <DiffTable diff={p.diff} locale={locale} caption={t("proposal.diffCaption")} />
        {p.note && (
          <div className="text-sm">
            <p className="font-medium text-slate-600">{t("proposal.note")}</p>
            <p className="whitespace-pre-line break-words">{p.note}</p>
          </div>
        )}
      </Section>

      {pending && (
        <Section id="proposal-decision" title={t("listing.decision")}>
          {p.conflicts.length === 0 && can(user, "approve:proposal:any") && (
            <ActionForm
              id="approve"
              action={approveProposalAction}
              hidden={hidden}
              description={t("proposal.approveHint", { count: p.diff.length })}
              submit={{ label: t("proposal.approve"), pending: t("working") }}
            />
          )}
          {can(user, "reject:proposal:any") && (
            <ActionForm
              id="reject"
              action={rejectProposalAction}
              hidden={hidden}
              disclosure={t("proposal.reject")}
              fields={[
                { kind: "radios", name: "code", legend: t("rejectReason"), options: REJECTION_CODES.map((c) => ({ value: c, label: tm(`rejection.${c}`) })), required: true },
                { kind: "textarea", name: "text", label: t("rejectNote"), hint: t("rejectNoteHint"), maxLength: MODERATION_NOTE_MAX },
              ]}
              submit={{ label: t("proposal.rejectConfirm"), pending: t("working"), tone: "danger" }}
            />
          )}
        </Section>
      )}
    </div>
  );
}

import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ListingForm } from "@/components/submit/ListingForm";
import { SubmitPageFrame } from "@/components/submit/SubmitPageFrame";
import { writeGate } from "@/components/submit/WriteGate";
import { getEnv } from "@/lib/env";
import { requireUserOrSignIn } from "@/server/auth";
import { issueFormStamp } from "@/server/form-guard";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "submissions" });
  return { title: t("submitTitle"), robots: { index: false } };
}

/** A new listing, from signed-in members with a confirmed address; visitors sign in first and come back. */
export default async function SubmitPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requireUserOrSignIn("/submit");
  const t = await getTranslations("submissions");
  const gate = await writeGate(user, "create:listing:own");
  const env = getEnv();
  return (
    <SubmitPageFrame title={t("submitTitle")} intro={t("submitIntro")}>
      {gate ?? (
        <ListingForm mode="create" stamp={await issueFormStamp()} tiles={{ url: env.mapTileUrl, attribution: env.mapTileAttribution, datum: env.mapTileDatum }} />
      )}
    </SubmitPageFrame>
  );
}

import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ApiReference, type OpenApiDocument } from "@/components/search/ApiReference";
import { createOpenApiDocument } from "@/lib/api/openapi";
import { getEnv } from "@/lib/env";
import { localizedAlternates } from "@/lib/seo";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "apiDocs" });
  return { title: t("title"), description: t("intro"), alternates: localizedAlternates("/api-docs", locale) };
}

/** The OpenAPI document of the JSON API, rendered for people (no external viewer, no CDN). */
export default async function ApiDocsPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("apiDocs");
  const document = createOpenApiDocument(getEnv().siteUrl) as unknown as OpenApiDocument;
  return (
    <div className="flex flex-col gap-6">
      <header className="flex flex-col gap-2">
        <h1 className="text-2xl font-bold tracking-tight">{t("title")}</h1>
        <p className="max-w-3xl text-slate-700">{t("intro")}</p>
        <p className="text-slate-700">{document.info.description}</p>
        <p>
          <a href="/api/openapi.json" className="text-brand-700 underline">
            {t("download")}
          </a>{" "}
          <span className="text-sm text-slate-600">v{document.info.version}</span>
        </p>
      </header>
      <ApiReference document={document} />
    </div>
  );
}

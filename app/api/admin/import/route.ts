import { isAppLocale } from "@/i18n/routing";
import { getPathname } from "@/i18n/navigation";
import { assertCan } from "@/lib/permissions";
import { MAX_IMPORT_BYTES } from "@/lib/listing/import";
import { getCurrentUser } from "@/server/auth";
import { saveImportUpload } from "@/server/data/import";
import { methods, requireSameOrigin, route } from "@/server/http";

export const dynamic = "force-dynamic";

/** Room for the multipart envelope around the file. */
const ENVELOPE_BYTES = 64 * 1024;

/**
 * The CSV upload of the admin import page: a plain multipart form post (it works without
 * JavaScript), answered with a redirect to the page's preview of the stored file. A route
 * rather than a server action because server actions take at most 1 MB by default and raising
 * that limit would raise it for every action, before any permission check; here the permission
 * and the declared size are checked before the body is read.
 */
async function upload(request: Request): Promise<Response> {
  requireSameOrigin(request);
  const actor = await getCurrentUser();
  assertCan(actor, "import:listing:any");

  const back = (locale: string, query: Record<string, string>) =>
    new Response(null, {
      status: 303,
      headers: { Location: getPathname({ href: { pathname: "/admin/import", query }, locale: isAppLocale(locale) ? locale : "en" }) },
    });
  const locale = new URL(request.url).searchParams.get("locale") ?? "en";
  const length = Number(request.headers.get("content-length"));
  if (!Number.isFinite(length) || length <= 0) return back(locale, { problem: "importFileRequired" });
  if (length > MAX_IMPORT_BYTES + ENVELOPE_BYTES) return back(locale, { problem: "importFileTooLarge" });

  const form = await request.formData().catch(() => null);
  const file = form?.get("file");
  if (!(file instanceof File) || file.size === 0) return back(locale, { problem: "importFileRequired" });
  if (file.size > MAX_IMPORT_BYTES) return back(locale, { problem: "importFileTooLarge" });
  const bytes = new Uint8Array(await file.arrayBuffer());
  let csv: string;
  try {
    csv = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return back(locale, { problem: "importNotUtf8" });
  }
  const saved = await saveImportUpload({ actor, csv, fileName: file.name || "import.csv" });
  return back(locale, { upload: saved.token });
}

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = methods({ POST: route(upload) });

import { AppError } from "@/lib/errors";
import { csvHeader, csvRow, geoJsonFeature, type ExportRecord } from "@/lib/export-format";
import { getEnv } from "@/lib/env";
import { exportPublishedSuppliers } from "@/server/data/export";
import { methods, route } from "@/server/http";

export const dynamic = "force-dynamic";

const FORMATS = ["csv", "geojson"] as const;
type Format = (typeof FORMATS)[number];

type Batches = AsyncGenerator<ExportRecord[]>;

function csvChunks(first: ExportRecord[], rest: Batches, siteUrl: string): AsyncGenerator<string> {
  return (async function* () {
    // A byte-order mark makes spreadsheet programs read the Chinese text as UTF-8.
    yield "\uFEFF" + csvHeader() + first.map((r) => csvRow(r, siteUrl)).join("");
    for await (const batch of rest) yield batch.map((r) => csvRow(r, siteUrl)).join("");
  })();
}

function geoJsonChunks(first: ExportRecord[], rest: Batches, siteUrl: string): AsyncGenerator<string> {
  return (async function* () {
    let started = false;
    const features = (batch: ExportRecord[]) => {
      const out = batch.flatMap((r) => {
        const f = geoJsonFeature(r, siteUrl);
        return f ? [JSON.stringify(f)] : [];
      });
      if (out.length === 0) return "";
      const text = (started ? "," : "") + out.join(",");
      started = true;
      return text;
    };
    yield '{"type":"FeatureCollection","features":[' + features(first);
    for await (const batch of rest) {
      const text = features(batch);
      if (text) yield text;
    }
    yield "]}";
  })();
}

/**
 * Streams the body so a large export starts at once and never sits whole in memory. A failure
 * part-way errors the stream, which makes the server cut the connection without the final
 * chunk: the client sees a failed download, not a shorter file that looks complete.
 */
function stream(chunks: AsyncGenerator<string>, batches: Batches): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream({
    async pull(controller) {
      try {
        const { value, done } = await chunks.next();
        if (done) controller.close();
        else controller.enqueue(encoder.encode(value));
      } catch (error) {
        console.error("export failed mid-stream", error);
        controller.error(error);
      }
    },
    async cancel() {
      await batches.return(undefined);
    },
  });
}

const HEADERS: Record<Format, { type: string; extension: string }> = {
  csv: { type: "text/csv; charset=utf-8", extension: "csv" },
  geojson: { type: "application/geo+json; charset=utf-8", extension: "geojson" },
};

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = methods({
  GET: route(
    async (request: Request) => {
      const format = new URL(request.url).searchParams.get("format");
      if (!format || !(FORMATS as readonly string[]).includes(format)) {
        throw new AppError("BAD_REQUEST", "format must be csv or geojson");
      }
      const { siteUrl } = getEnv();
      const batches = exportPublishedSuppliers();
      // The first batch is read before any header is sent, so a database that cannot answer
      // gets an error status instead of 200 and an empty file.
      const first = await batches.next();
      const firstRows = first.done ? [] : first.value;
      const chunks = (format === "csv" ? csvChunks : geoJsonChunks)(firstRows, batches, siteUrl);
      const date = new Date().toISOString().slice(0, 10);
      const { type, extension } = HEADERS[format as Format];
      return new Response(stream(chunks, batches), {
        headers: {
          "Content-Type": type,
          "Content-Disposition": `attachment; filename="shenzhen-suppliers-${date}.${extension}"`,
        },
      });
    },
    { cache: "public" },
  ),
});

import { AppError } from "@/lib/errors";
import { csvHeader, csvRow, geoJsonFeature } from "@/lib/export-format";
import { getEnv } from "@/lib/env";
import { exportPublishedSuppliers } from "@/server/data/export";
import { route } from "@/server/http";

export const dynamic = "force-dynamic";

const FORMATS = ["csv", "geojson"] as const;

/** Streams the body so a large export starts at once and never sits whole in memory. */
function stream(chunks: () => AsyncGenerator<string>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const iterator = chunks();
  return new ReadableStream({
    async pull(controller) {
      try {
        const { value, done } = await iterator.next();
        if (done) controller.close();
        else controller.enqueue(encoder.encode(value));
      } catch (error) {
        console.error("export failed mid-stream", error);
        controller.error(error);
      }
    },
    async cancel() {
      await iterator.return(undefined);
    },
  });
}

export const GET = route(async (request: Request) => {
  const format = new URL(request.url).searchParams.get("format");
  if (!format || !(FORMATS as readonly string[]).includes(format)) {
    throw new AppError("BAD_REQUEST", "format must be csv or geojson");
  }
  const { siteUrl } = getEnv();
  const date = new Date().toISOString().slice(0, 10);
  if (format === "csv") {
    return new Response(
      stream(async function* () {
        // A byte-order mark makes spreadsheet programs read the Chinese text as UTF-8.
        yield "\uFEFF" + csvHeader();
        for await (const batch of exportPublishedSuppliers()) yield batch.map((r) => csvRow(r, siteUrl)).join("");
      }),
      {
        headers: {
          "Content-Type": "text/csv; charset=utf-8",
          "Content-Disposition": `attachment; filename="shenzhen-suppliers-${date}.csv"`,
        },
      },
    );
  }
  return new Response(
    stream(async function* () {
      yield '{"type":"FeatureCollection","features":[';
      let first = true;
      for await (const batch of exportPublishedSuppliers()) {
        const features = batch.flatMap((r) => {
          const f = geoJsonFeature(r, siteUrl);
          return f ? [JSON.stringify(f)] : [];
        });
        if (features.length === 0) continue;
        yield (first ? "" : ",") + features.join(",");
        first = false;
      }
      yield "]}";
    }),
    {
      headers: {
        "Content-Type": "application/geo+json; charset=utf-8",
        "Content-Disposition": `attachment; filename="shenzhen-suppliers-${date}.geojson"`,
      },
    },
  );
});

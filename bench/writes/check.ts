/**
 * After the load: is every write the users were told about in the database, do the stored
 * ratings agree with the reviews, and is the file sound? Reads the database on a connection of
 * its own (read-only), so it can run beside the server.
 */
import Database from "better-sqlite3";
import { roundAverage } from "@/lib/rating";

export type WriteKind = "review" | "listing-report" | "review-report";

/** One write the client was told succeeded, from the client-side log. */
export type Ack = { phase: string; kind: WriteKind; token: string; userId: string; atMs: number };

export type DatabaseCheck = {
  acknowledged: number;
  /** Acknowledged writes that are not in the database: must be 0. */
  missing: Ack[];
  /** Writes in the database whose request got an error or no answer (the user may retry). */
  landedWithoutAck: number;
  /** Bench rows whose token no request carried: must be 0. */
  unknownRows: number;
  /** Suppliers whose stored rating columns disagree with their visible reviews: must be 0. */
  ratingMismatches: { id: number; stored: [number, number | null]; actual: [number, number] }[];
  integrity: string;
  foreignKeyProblems: number;
};

const TOKEN = /\[(w\d+-\d+)\]/;

export function checkDatabase(file: string, acks: Ack[], attempted: Set<string>): DatabaseCheck {
  const sqlite = new Database(file, { readonly: true, fileMustExist: true, timeout: 10_000 });
  try {
    const present = new Set<string>();
    const rows = [
      ...(sqlite.prepare(`SELECT "body" AS "text" FROM "Review" WHERE "authorId" LIKE 'bench-%'`).all() as { text: string }[]),
      ...(sqlite.prepare(`SELECT "details" AS "text" FROM "Report" WHERE "reporterId" LIKE 'bench-%'`).all() as { text: string | null }[]),
    ];
    let unknownRows = 0;
    for (const { text } of rows) {
      const token = TOKEN.exec(text ?? "")?.[1];
      if (!token || !attempted.has(token)) unknownRows++;
      if (token) present.add(token);
    }
    const acked = new Set(acks.map((a) => a.token));
    const missing = acks.filter((a) => !present.has(a.token));
    const landedWithoutAck = [...present].filter((t) => !acked.has(t)).length;

    const ratings = sqlite
      .prepare(
        `SELECT s."id" AS "id", s."reviewCount" AS "count", s."ratingAvg" AS "avg",
                (SELECT count(*) FROM "Review" r WHERE r."supplierId" = s."id" AND r."status" = 'VISIBLE') AS "actualCount",
                (SELECT coalesce(sum(r."rating") * 1.0 / count(*), 0) FROM "Review" r WHERE r."supplierId" = s."id" AND r."status" = 'VISIBLE') AS "actualAvg"
         FROM "Supplier" s
         WHERE s."id" IN (SELECT DISTINCT "supplierId" FROM "Review" WHERE "authorId" LIKE 'bench-%')`,
      )
      .all() as { id: number; count: number; avg: number | null; actualCount: number; actualAvg: number }[];
    const ratingMismatches = ratings
      .filter((r) => r.count !== r.actualCount || Math.abs((r.avg ?? 0) - roundAverage(r.actualAvg)) > 1e-9)
      .map((r) => ({ id: r.id, stored: [r.count, r.avg] as [number, number | null], actual: [r.actualCount, roundAverage(r.actualAvg)] as [number, number] }));

    const integrity = (sqlite.pragma("integrity_check") as { integrity_check: string }[]).map((r) => r.integrity_check).join("; ");
    const foreignKeyProblems = (sqlite.pragma("foreign_key_check") as unknown[]).length;
    return { acknowledged: acks.length, missing, landedWithoutAck, unknownRows, ratingMismatches, integrity, foreignKeyProblems };
  } finally {
    sqlite.close();
  }
}

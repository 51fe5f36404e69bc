/**
 * Suggested edits as data: only the fields that changed (`changes`) and what the proposer saw in
 * them (`baseValues`). At approval the listing's current values are compared with `baseValues`:
 * a field someone else changed in between is a conflict, shown instead of overwritten.
 */
import { LISTING_FIELDS, isListingField, sameFieldValue, setMembers, type ListingField, type ListingValues } from "./fields";

export type FieldValues = Partial<ListingValues>;

export type ProposedEdit = { changes: FieldValues; baseValues: FieldValues };

/** The fields of `proposed` that differ from `current`, and `current`'s values of those fields. */
export function computeChanges(current: ListingValues, proposed: ListingValues): ProposedEdit {
  const changes: Record<string, unknown> = {};
  const baseValues: Record<string, unknown> = {};
  for (const field of Object.keys(LISTING_FIELDS) as ListingField[]) {
    if (!sameFieldValue(field, current[field], proposed[field])) {
      changes[field] = proposed[field];
      baseValues[field] = current[field];
    }
  }
  return { changes: changes as FieldValues, baseValues: baseValues as FieldValues };
}

export type FieldDiff =
  | { field: ListingField; kind: "value"; before: unknown; after: unknown }
  | { field: ListingField; kind: "set"; added: string[]; removed: string[] };

/** Field by field, in form order: old → new for values, added and removed for lists. */
export function diffForDisplay({ changes, baseValues }: ProposedEdit): FieldDiff[] {
  const out: FieldDiff[] = [];
  for (const field of Object.keys(LISTING_FIELDS) as ListingField[]) {
    if (!(field in changes)) continue;
    const kind = LISTING_FIELDS[field];
    const before = baseValues[field] ?? null;
    const after = changes[field] ?? null;
    if (kind === "set" || kind === "storeLinks") {
      const was = setMembers(field, before);
      const now = setMembers(field, after);
      out.push({ field, kind: "set", added: now.filter((m) => !was.includes(m)), removed: was.filter((m) => !now.includes(m)) });
    } else out.push({ field, kind: "value", before, after });
  }
  return out;
}

export type Conflict = { field: ListingField; base: unknown; current: unknown; proposed: unknown };

/**
 * Changed fields whose current value is neither what the proposer saw nor what they propose.
 * A field someone already set to the proposed value is not a conflict: applying is harmless.
 */
export function findConflicts(current: ListingValues, { changes, baseValues }: ProposedEdit): Conflict[] {
  const out: Conflict[] = [];
  for (const field of Object.keys(changes) as ListingField[]) {
    const now = current[field];
    if (!sameFieldValue(field, now, baseValues[field]) && !sameFieldValue(field, now, changes[field])) {
      out.push({ field, base: baseValues[field] ?? null, current: now, proposed: changes[field] ?? null });
    }
  }
  return out;
}

/** The listing with the proposal applied; the primary category always stays among the categories. */
export function applyChanges(current: ListingValues, changes: FieldValues): ListingValues {
  const next = { ...current, ...changes };
  if (!next.categories.includes(next.category)) next.categories = [next.category, ...next.categories];
  return next;
}

/**
 * Reads `changes` or `baseValues` back from the database's JSON text, keeping only listing fields
 * (the column is written by this code alone, but a bad row must not write arbitrary columns).
 */
export function parseStoredFieldValues(json: string): FieldValues {
  const parsed: unknown = JSON.parse(json);
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) throw new Error("stored field values are not an object");
  return Object.fromEntries(Object.entries(parsed).filter(([k]) => isListingField(k))) as FieldValues;
}

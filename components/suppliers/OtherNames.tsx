import type { LangText } from "@/lib/labels";

/** A supplier's names in the other languages, each marked with its language so it is read and drawn right. */
export function OtherNames({ names, className }: { names: LangText[]; className: string }) {
  if (names.length === 0) return null;
  return (
    <p className={className}>
      {names.map((n, i) => (
        <span key={n.lang}>
          {i > 0 && " · "}
          <span lang={n.lang} className={n.lang === "en" ? undefined : "break-keep [overflow-wrap:anywhere]"}>
            {n.text}
          </span>
        </span>
      ))}
    </p>
  );
}

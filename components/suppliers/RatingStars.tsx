/** Five stars filled to the nearest half; the text label carries the value for screen readers. */
export function RatingStars({ value, label, size = "sm" }: { value: number; label: string; size?: "sm" | "lg" }) {
  const pct = Math.max(0, Math.min(100, (Math.round(value * 2) / 2 / 5) * 100));
  return (
    <span role="img" aria-label={label} className={`relative inline-block leading-none ${size === "lg" ? "text-2xl" : "text-base"}`}>
      <span aria-hidden="true" className="text-slate-300">
        ★★★★★
      </span>
      <span aria-hidden="true" className="absolute inset-0 overflow-hidden text-amber-500" style={{ width: `${pct}%` }}>
        ★★★★★
      </span>
    </span>
  );
}

import type { ReactNode, SelectHTMLAttributes } from "react";
import { describedBy, FieldMessages, inputClass } from "@/components/forms/fields";

/**
 * The listing form's choice inputs, wired like components/forms/fields.tsx: label, hint and
 * error tied to the control (aria-describedby, aria-invalid), big enough to tap on a phone.
 */

export type Option = { value: string; label: string };

export function SelectField({
  id,
  label,
  hint,
  error,
  options,
  placeholder,
  ...select
}: { id: string; label: ReactNode; hint?: ReactNode; error?: string; options: Option[]; placeholder?: string } & SelectHTMLAttributes<HTMLSelectElement>) {
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="font-medium text-slate-900">
        {label}
      </label>
      <select id={id} className={inputClass} aria-invalid={error ? true : undefined} aria-describedby={describedBy(id, hint, error)} {...select}>
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <FieldMessages id={id} hint={hint} error={error} />
    </div>
  );
}

const tileClass =
  "flex min-h-11 cursor-pointer items-center gap-2 rounded-md border border-slate-300 bg-white px-2.5 py-2 text-[0.9375rem] leading-snug sm:text-base has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50 has-[:focus-visible]:outline has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-brand-600";

/**
 * Boxes to tick, in a fieldset whose legend names the group. The first box carries `id`, so an
 * error summary can link to the group. Options may come in labelled sub-groups.
 */
export function CheckboxGroup({
  id,
  name,
  legend,
  hint,
  error,
  groups,
  checked,
}: {
  id: string;
  name: string;
  legend: ReactNode;
  hint?: ReactNode;
  error?: string;
  groups: { label?: string; options: Option[] }[];
  checked: readonly string[];
}) {
  let index = 0;
  return (
    <fieldset className="flex min-w-0 flex-col gap-2" aria-describedby={describedBy(id, hint, error)}>
      <legend className="mb-1 font-medium text-slate-900">{legend}</legend>
      <FieldMessages id={id} hint={hint} error={error} />
      {groups.map((group, g) => (
        <div key={group.label ?? g} className="flex flex-col gap-1.5">
          {group.label && <p className="text-sm font-semibold text-slate-700">{group.label}</p>}
          <div className="grid grid-cols-2 gap-1.5 sm:grid-cols-3">
            {group.options.map((o) => {
              const inputId = index === 0 ? id : `${id}-${index}`;
              index += 1;
              return (
                <label key={o.value} htmlFor={inputId} className={tileClass}>
                  <input id={inputId} type="checkbox" name={name} value={o.value} defaultChecked={checked.includes(o.value)} className="size-5 shrink-0 accent-brand-600" />
                  <span>{o.label}</span>
                </label>
              );
            })}
          </div>
        </div>
      ))}
    </fieldset>
  );
}

/** One choice of a few, as radio buttons in a row (yes / no / not known). */
export function RadioGroup({
  id,
  name,
  legend,
  hint,
  error,
  options,
  value,
}: {
  id: string;
  name: string;
  legend: ReactNode;
  hint?: ReactNode;
  error?: string;
  options: Option[];
  value: string;
}) {
  return (
    <fieldset className="flex min-w-0 flex-col gap-2" aria-describedby={describedBy(id, hint, error)}>
      <legend className="mb-1 font-medium text-slate-900">{legend}</legend>
      <FieldMessages id={id} hint={hint} error={error} />
      <div className="flex flex-wrap gap-1.5">
        {options.map((o, i) => {
          const inputId = i === 0 ? id : `${id}-${i}`;
          return (
            <label key={o.value} htmlFor={inputId} className={tileClass}>
              <input id={inputId} type="radio" name={name} value={o.value} defaultChecked={value === o.value} className="size-5 shrink-0 accent-brand-600" />
              <span>{o.label}</span>
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}

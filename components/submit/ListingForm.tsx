"use client";

import { useLocale, useTranslations } from "next-intl";
import { useActionState, useEffect, useRef, useState, type FocusEvent, type FormEvent, type MouseEvent, type ReactNode, type Ref } from "react";
import { buttonClass, secondaryButtonClass, TextArea, TextField } from "@/components/forms/fields";
import { FormGuardFields, SubmitButton } from "@/components/forms/FormParts";
import { Recoverable } from "@/components/forms/Recoverable";
import { LocationPicker } from "@/components/map/LocationPicker";
import type { TileConfig } from "@/components/map/leaflet-tiles";
import { Link } from "@/i18n/navigation";
import { FORM_LIMITS } from "@/lib/form-limits";
import { capabilityLabel, categoryLabel, certificationLabel, displayNames, districtLabel, languageLabel, paymentMethodLabel } from "@/lib/labels";
import { LISTING_FIELD_NAMES, LOCATION_PRECISIONS, STORE_KINDS } from "@/lib/listing/fields";
import {
  CONFIRM_NEW_FIELD,
  formLocation,
  initialListingFormState,
  LISTING_HONEYPOT_FIELD,
  listingFormValues,
  listValue,
  storeLinkRows,
  textValue,
  validateListingForm,
  type DuplicateView,
  type ListingFieldErrors,
  type ListingFormState,
  type ListingFormValues,
} from "@/lib/listing/form";
import { MAX_STORE_LINKS, TRISTATE } from "@/lib/listing/schema";
import { CAPABILITIES, CATEGORIES, CERTIFICATIONS, DISTRICTS, LANGUAGES, PAYMENT_METHODS, type Locale } from "@/lib/taxonomy";
import { proposeEditAction, resubmitListingAction, submitListingAction } from "@/server/actions/listings";
import { CheckboxGroup, RadioGroup, SelectField } from "./fields";

export type ListingFormMode = "create" | "resubmit" | "propose";

const ACTIONS = { create: submitListingAction, resubmit: resubmitListingAction, propose: proposeEditAction } as const;

const CAPABILITY_GROUPS = ["pcb", "assembly", "mechanical", "services"] as const;

/** The element id of a field (store-link rows: "storeLinks.0.url" → "lf-storeLinks-0-url"). */
const fieldId = (field: string) => `lf-${field.replaceAll(".", "-")}`;
const COORDINATES_ID = "lf-coordinates";

/** Where an error summary entry links to: the field, the first box of a group, the coordinates. */
function targetId(field: string): string {
  if (field === "location") return COORDINATES_ID;
  if (field === "storeLinks") return fieldId("storeLinks.0.url");
  return fieldId(field);
}

/** Fields in the order the form shows them, for the error summary. */
const FORM_ORDER: string[] = [...LISTING_FIELD_NAMES, "source"];
function formOrder(field: string): number {
  const i = FORM_ORDER.indexOf(field.startsWith("storeLinks.") ? "storeLinks" : field);
  return (i === -1 ? FORM_ORDER.length : i) * 100 + Number(/^storeLinks\.(\d+)\./.exec(field)?.[1] ?? 0);
}

/** Which error an input's value feeds: the picker's fields are the location. */
function errorFieldOf(inputName: string): string | null {
  if (inputName === "") return null;
  if (inputName.startsWith("coord") || inputName === "lat" || inputName === "lng") return "location";
  return inputName;
}

type Props = {
  mode: ListingFormMode;
  stamp: string;
  tiles: TileConfig;
  /** The listing's current values, for a suggested edit or a resubmission. */
  initialValues?: ListingFormValues;
  /** Hidden fields naming the listing: `listingId` (resubmit) or `slug` (suggest an edit). */
  hidden?: Record<string, string>;
};

/**
 * The listing form for a new listing, a fixed rejected one and a suggested edit. Without
 * JavaScript it is a plain form whose action answers with the values typed and the errors;
 * with JavaScript the same checks run on leaving a field and before sending, messages appear
 * beside each field, and a summary at the top links to them and takes the focus.
 */
export function ListingForm(props: Props) {
  return <Recoverable valuesOf={listingFormValues}>{(recovered) => <ListingFormBody {...props} recovered={recovered} />}</Recoverable>;
}

function ListingFormBody({ mode, stamp, tiles, initialValues = {}, hidden = {}, recovered }: Props & { recovered?: ListingFormState }) {
  const t = useTranslations("submitForm");
  const tf = useTranslations("listingForm.fields");
  const tMessage = useTranslations();
  const tErrors = useTranslations("formErrors");
  const locale = useLocale() as Locale;
  const [state, action] = useActionState<ListingFormState, FormData>(ACTIONS[mode], recovered ?? initialListingFormState);
  const schemaMode = mode === "propose" ? "edit" : "create";

  // A new answer from the server replaces what the browser checked, and redraws the form from
  // the values it carries (a new key: selects and boxes take their defaults only on mount).
  const [answer, setAnswer] = useState(state);
  const [version, setVersion] = useState(0);
  const [errors, setErrors] = useState<ListingFieldErrors>(state.fieldErrors);
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [attempted, setAttempted] = useState(state.status === "error");
  const [focusRequest, setFocusRequest] = useState(0);
  if (state !== answer) {
    setAnswer(state);
    setVersion((v) => v + 1);
    setErrors(state.fieldErrors);
    setTouched(new Set());
    setAttempted(state.status === "error");
    setFocusRequest((n) => n + 1);
  }

  const [extraRows, setExtraRows] = useState(0);
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);

  const summaryRef = useRef<HTMLDivElement>(null);
  const duplicatesRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusRequest === 0) return;
    (duplicatesRef.current ?? summaryRef.current)?.focus();
  }, [focusRequest]);

  const values = state.status === "idle" ? initialValues : state.values;
  const duplicates = state.duplicates ?? [];

  function validate(form: HTMLFormElement): ListingFieldErrors {
    const result = validateListingForm(listingFormValues(new FormData(form)), schemaMode);
    return result.success ? {} : result.fieldErrors;
  }

  function onBlur(event: FocusEvent<HTMLFormElement>) {
    const el: EventTarget = event.target;
    const isField = el instanceof HTMLInputElement || el instanceof HTMLSelectElement || el instanceof HTMLTextAreaElement;
    const field = isField ? errorFieldOf(el.name) : null;
    if (!field) return;
    const nextTouched = new Set(touched).add(field);
    // A group of boxes counts as touched by its name; the cross-field name rule reports on "name".
    if (field === "nameZh" || field === "nameJa") nextTouched.add("name");
    setTouched(nextTouched);
    const all = validate(event.currentTarget);
    // Show problems of fields the person has been in, and keep (or clear) the ones already shown.
    setErrors(attempted ? all : Object.fromEntries(Object.entries(all).filter(([f]) => nextTouched.has(f) || f in errors)));
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    const all = validate(event.currentTarget);
    if (Object.keys(all).length === 0) return;
    event.preventDefault();
    setErrors(all);
    setAttempted(true);
    setFocusRequest((n) => n + 1);
  }

  const err = (field: string) => (errors[field] ? tMessage(errors[field], FORM_LIMITS) : undefined);
  const text = (name: string) => textValue(values, name);
  const list = (name: string) => listValue(values, name);
  const required = (label: string): ReactNode => (
    <>
      {label} <span className="text-sm font-normal text-slate-600">{t("required")}</span>
    </>
  );

  const errorEntries = Object.entries(errors).sort(([a], [b]) => formOrder(a) - formOrder(b));
  const formError = state.status === "error" ? state.formError : undefined;
  const showSummary = formError !== undefined || (attempted && errorEntries.length > 0);
  const location = formLocation(values);
  const point = location.kind === "point" ? location.wgs84 : null;
  const links = storeLinkRows(values);
  const initialRows = Math.min(MAX_STORE_LINKS, Math.max(links.length + 1, 2));
  const rowCount = Math.min(MAX_STORE_LINKS, initialRows + extraRows);

  function fieldLabel(field: string): string {
    const row = /^storeLinks\.(\d+)\.(url|kind)$/.exec(field);
    if (row) return t("storeLinkRow", { n: Number(row[1]) + 1 });
    if (field === "source" && mode === "propose") return t("noteLabel");
    return tf.has(field) ? tf(field) : field;
  }

  /** "Label: message"; a label that is a question takes no colon. */
  function summaryItem(field: string, key: string): string {
    const label = fieldLabel(field);
    return t(/[?？]$/.test(label) ? "summaryItemQuestion" : "summaryItem", { field: label, message: tMessage(key, FORM_LIMITS) });
  }

  function jumpTo(event: MouseEvent<HTMLAnchorElement>, id: string) {
    const el = document.getElementById(id);
    if (!el) return;
    event.preventDefault();
    el.focus();
    el.scrollIntoView({ block: "center" });
  }

  const sectionClass = "flex min-w-0 flex-col gap-4 rounded-lg border border-slate-200 bg-white p-4 sm:p-5";
  const legendClass = "float-left mb-2 w-full text-lg font-semibold text-slate-900";

  return (
    <form key={version} action={action} noValidate onBlur={onBlur} onSubmit={onSubmit} className="relative flex flex-col gap-5">
      <FormGuardFields stamp={state.stamp ?? stamp} honeypotName={LISTING_HONEYPOT_FIELD} />
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}

      {showSummary && (
        <div ref={summaryRef} tabIndex={-1} aria-labelledby="lf-summary-heading" className="rounded-md border-2 border-red-700 bg-red-50 p-4 text-red-900">
          <h2 id="lf-summary-heading" className="font-semibold">
            {formError ? tErrors(formError, { ...FORM_LIMITS, ...state.formErrorValues }) : t("summaryHeading", { count: errorEntries.length })}
          </h2>
          {errorEntries.length > 0 && (
            <ul className="mt-2 flex list-disc flex-col gap-1 pl-5">
              {errorEntries.map(([field, key]) => (
                <li key={field}>
                  <a href={`#${targetId(field)}`} onClick={(e) => jumpTo(e, targetId(field))} className="font-medium underline">
                    {summaryItem(field, key)}
                  </a>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}

      {duplicates.length > 0 && <DuplicatesQuestion duplicates={duplicates} headingRef={duplicatesRef} locale={locale} />}

      <fieldset className={sectionClass}>
        <legend className={legendClass}>{t("sectionNames")}</legend>
        <p className="text-sm text-slate-600">{t("namesHint")}</p>
        <TextField id={fieldId("name")} name="name" label={tf("name")} autoComplete="off" maxLength={200} defaultValue={text("name")} error={err("name")} />
        <TextField id={fieldId("nameZh")} name="nameZh" lang="zh" label={tf("nameZh")} autoComplete="off" maxLength={200} defaultValue={text("nameZh")} error={err("nameZh")} />
        <TextField id={fieldId("nameJa")} name="nameJa" lang="ja" label={tf("nameJa")} autoComplete="off" maxLength={200} defaultValue={text("nameJa")} error={err("nameJa")} />
      </fieldset>

      <fieldset className={sectionClass}>
        <legend className={legendClass}>{t("sectionWhat")}</legend>
        <SelectField
          id={fieldId("category")}
          name="category"
          label={required(tf("category"))}
          placeholder={t("choose")}
          options={CATEGORIES.map((c) => ({ value: c.slug, label: categoryLabel(c.slug, locale) }))}
          defaultValue={text("category")}
          aria-required
          error={err("category")}
        />
        <CheckboxGroup
          id={fieldId("categories")}
          name="categories"
          legend={tf("categories")}
          hint={t("categoriesHint")}
          groups={[{ options: CATEGORIES.map((c) => ({ value: c.slug, label: categoryLabel(c.slug, locale) })) }]}
          checked={list("categories")}
          error={err("categories")}
        />
        <CheckboxGroup
          id={fieldId("capabilities")}
          name="capabilities"
          legend={tf("capabilities")}
          groups={CAPABILITY_GROUPS.map((g) => ({
            label: t(`capabilityGroups.${g}`),
            options: CAPABILITIES.filter((c) => c.group === g).map((c) => ({ value: c.slug, label: capabilityLabel(c.slug, locale) })),
          }))}
          checked={list("capabilities")}
          error={err("capabilities")}
        />
      </fieldset>

      <fieldset className={sectionClass}>
        <legend className={legendClass}>{t("sectionWhere")}</legend>
        <SelectField
          id={fieldId("district")}
          name="district"
          label={required(tf("district"))}
          placeholder={t("choose")}
          options={DISTRICTS.map((d) => ({ value: d.slug, label: districtLabel(d.slug, locale) }))}
          defaultValue={text("district")}
          aria-required
          error={err("district")}
        />
        <TextField id={fieldId("addressEn")} name="addressEn" label={tf("addressEn")} autoComplete="off" maxLength={500} defaultValue={text("addressEn")} error={err("addressEn")} />
        <TextField
          id={fieldId("addressZh")}
          name="addressZh"
          lang="zh"
          label={tf("addressZh")}
          autoComplete="off"
          maxLength={500}
          defaultValue={text("addressZh")}
          error={err("addressZh")}
        />
        <div className="flex flex-col gap-2">
          <LocationPicker
            tiles={tiles}
            defaultValue={{ point, input: text("coordInput") || undefined, inputDatum: location.kind === "point" ? location.datum : undefined }}
            inputId={COORDINATES_ID}
            errorId={errors.location ? "lf-location-error" : undefined}
            legendExtra={<span className="text-sm font-normal text-slate-600">{t("required")}</span>}
          />
          {errors.location && (
            <p id="lf-location-error" className="text-sm font-medium text-red-700">
              {err("location")}
            </p>
          )}
        </div>
        <SelectField
          id={fieldId("locationPrecision")}
          name="locationPrecision"
          label={tf("locationPrecision")}
          placeholder={t("precisionUnknown")}
          options={LOCATION_PRECISIONS.map((p) => ({ value: p, label: t(`precision.${p}`) }))}
          defaultValue={text("locationPrecision")}
          error={err("locationPrecision")}
        />
      </fieldset>

      <fieldset className={sectionClass}>
        <legend className={legendClass}>{t("sectionContacts")}</legend>
        <TextField
          id={fieldId("website")}
          name="website"
          type="url"
          inputMode="url"
          label={tf("website")}
          hint={t("websiteHint")}
          autoComplete="off"
          maxLength={2048}
          defaultValue={text("website")}
          error={err("website")}
        />
        <TextField id={fieldId("email")} name="email" type="email" inputMode="email" label={tf("email")} autoComplete="off" maxLength={254} defaultValue={text("email")} error={err("email")} />
        <TextField
          id={fieldId("phone")}
          name="phone"
          type="tel"
          inputMode="tel"
          label={tf("phone")}
          hint={t("phoneHint")}
          autoComplete="off"
          maxLength={40}
          defaultValue={text("phone")}
          error={err("phone")}
        />
        <TextField
          id={fieldId("wechatId")}
          name="wechatId"
          label={tf("wechatId")}
          autoComplete="off"
          autoCapitalize="none"
          spellCheck={false}
          maxLength={40}
          defaultValue={text("wechatId")}
          error={err("wechatId")}
        />
        <TextField id={fieldId("qq")} name="qq" inputMode="numeric" label={tf("qq")} autoComplete="off" maxLength={12} defaultValue={text("qq")} error={err("qq")} />
        <fieldset className="flex min-w-0 flex-col gap-3" aria-describedby={errors.storeLinks ? "lf-storeLinks-error" : "lf-storeLinks-hint"}>
          <legend className="mb-1 font-medium text-slate-900">{tf("storeLinks")}</legend>
          <p id="lf-storeLinks-hint" className="text-sm text-slate-600">
            {t("storeLinksHint")}
          </p>
          {errors.storeLinks && (
            <p id="lf-storeLinks-error" className="text-sm font-medium text-red-700">
              {err("storeLinks")}
            </p>
          )}
          {Array.from({ length: rowCount }, (_, i) => (
            <div key={i} className="grid grid-cols-1 gap-2 rounded-md border border-slate-200 p-3 sm:grid-cols-[12rem_1fr]">
              <SelectField
                id={fieldId(`storeLinks.${i}.kind`)}
                name={`storeLinks.${i}.kind`}
                label={t("storeKind", { n: i + 1 })}
                placeholder={t("storeKindAuto")}
                options={STORE_KINDS.map((k) => ({ value: k, label: t(`storeKinds.${k}`) }))}
                defaultValue={links[i]?.kind ?? ""}
                error={err(`storeLinks.${i}.kind`)}
              />
              <TextField
                id={fieldId(`storeLinks.${i}.url`)}
                name={`storeLinks.${i}.url`}
                type="url"
                inputMode="url"
                label={t("storeUrl", { n: i + 1 })}
                autoComplete="off"
                maxLength={2048}
                defaultValue={links[i]?.url ?? ""}
                error={err(`storeLinks.${i}.url`)}
              />
            </div>
          ))}
          {hydrated && rowCount < MAX_STORE_LINKS && (
            <button type="button" className={`${secondaryButtonClass} self-start`} onClick={() => setExtraRows((n) => n + 1)}>
              {t("addStoreLink")}
            </button>
          )}
        </fieldset>
      </fieldset>

      <fieldset className={sectionClass}>
        <legend className={legendClass}>{t("sectionWorking")}</legend>
        <CheckboxGroup
          id={fieldId("languages")}
          name="languages"
          legend={tf("languages")}
          groups={[{ options: LANGUAGES.map((l) => ({ value: l.code, label: languageLabel(l.code, locale) })) }]}
          checked={list("languages")}
          error={err("languages")}
        />
        <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
          <TextField id={fieldId("moq")} name="moq" inputMode="numeric" label={tf("moq")} hint={t("moqHint")} autoComplete="off" defaultValue={text("moq")} error={err("moq")} />
          <TextField id={fieldId("moqNote")} name="moqNote" label={tf("moqNote")} autoComplete="off" maxLength={200} defaultValue={text("moqNote")} error={err("moqNote")} />
        </div>
        <div className="grid grid-cols-2 items-end gap-4">
          <TextField
            id={fieldId("leadTimeDaysMin")}
            name="leadTimeDaysMin"
            inputMode="numeric"
            label={tf("leadTimeDaysMin")}
            autoComplete="off"
            defaultValue={text("leadTimeDaysMin")}
            error={err("leadTimeDaysMin")}
          />
          <TextField
            id={fieldId("leadTimeDaysMax")}
            name="leadTimeDaysMax"
            inputMode="numeric"
            label={tf("leadTimeDaysMax")}
            autoComplete="off"
            defaultValue={text("leadTimeDaysMax")}
            error={err("leadTimeDaysMax")}
          />
        </div>
        {(["acceptsPrototypes", "acceptsSmallOrders"] as const).map((name) => (
          <RadioGroup
            key={name}
            id={fieldId(name)}
            name={name}
            legend={tf(name)}
            options={TRISTATE.map((v) => ({ value: v, label: t(`tristate.${v}`) }))}
            value={text(name) || "unknown"}
            error={err(name)}
          />
        ))}
        <CheckboxGroup
          id={fieldId("paymentMethods")}
          name="paymentMethods"
          legend={tf("paymentMethods")}
          groups={[{ options: PAYMENT_METHODS.map((p) => ({ value: p.code, label: paymentMethodLabel(p.code, locale) })) }]}
          checked={list("paymentMethods")}
          error={err("paymentMethods")}
        />
        <CheckboxGroup
          id={fieldId("certifications")}
          name="certifications"
          legend={tf("certifications")}
          groups={[{ options: CERTIFICATIONS.map((c) => ({ value: c.code, label: certificationLabel(c.code, locale) })) }]}
          checked={list("certifications")}
          error={err("certifications")}
        />
        <TextField
          id={fieldId("openingHours")}
          name="openingHours"
          label={tf("openingHours")}
          hint={t("openingHoursHint")}
          autoComplete="off"
          maxLength={200}
          defaultValue={text("openingHours")}
          error={err("openingHours")}
        />
      </fieldset>

      <fieldset className={sectionClass}>
        <legend className={legendClass}>{t("sectionAbout")}</legend>
        <TextArea id={fieldId("description")} name="description" label={tf("description")} rows={4} maxLength={4000} defaultValue={text("description")} error={err("description")} />
        <TextArea
          id={fieldId("descriptionZh")}
          name="descriptionZh"
          lang="zh"
          label={tf("descriptionZh")}
          rows={4}
          maxLength={4000}
          defaultValue={text("descriptionZh")}
          error={err("descriptionZh")}
        />
        <TextArea
          id={fieldId("descriptionJa")}
          name="descriptionJa"
          lang="ja"
          label={tf("descriptionJa")}
          rows={4}
          maxLength={4000}
          defaultValue={text("descriptionJa")}
          error={err("descriptionJa")}
        />
        <TextField
          id={fieldId("foundedYear")}
          name="foundedYear"
          inputMode="numeric"
          label={tf("foundedYear")}
          autoComplete="off"
          maxLength={4}
          defaultValue={text("foundedYear")}
          error={err("foundedYear")}
        />
      </fieldset>

      <fieldset className={sectionClass}>
        <legend className={legendClass}>{mode === "propose" ? t("sectionNote") : t("sectionSource")}</legend>
        <TextArea
          id={fieldId("source")}
          name="source"
          label={mode === "propose" ? t("noteLabel") : required(tf("source"))}
          hint={mode === "propose" ? t("noteHint") : t("sourceHint")}
          rows={3}
          maxLength={2000}
          aria-required={mode !== "propose" || undefined}
          defaultValue={text("source")}
          error={err("source")}
        />
      </fieldset>

      <div className="flex flex-col gap-2">
        {mode !== "propose" && <p className="text-sm text-slate-700">{t("afterSubmit")}</p>}
        {mode === "propose" && <p className="text-sm text-slate-700">{t("afterPropose")}</p>}
        <SubmitButton className={`${buttonClass} self-start`} pendingLabel={t("sending")}>
          {t(`submit.${mode}`)}
        </SubmitButton>
      </div>
    </form>
  );
}

/** "Is it one of these?": each candidate with its page and edit page, and "no, it is new". */
function DuplicatesQuestion({ duplicates, headingRef, locale }: { duplicates: DuplicateView[]; headingRef: Ref<HTMLHeadingElement>; locale: Locale }) {
  const t = useTranslations("submitForm");
  const tReason = useTranslations("moderation.duplicateReasons");
  return (
    <section aria-labelledby="lf-duplicates-heading" className="flex flex-col gap-3 rounded-lg border-2 border-amber-500 bg-amber-50 p-4 text-amber-950">
      <h2 id="lf-duplicates-heading" ref={headingRef} tabIndex={-1} className="text-lg font-semibold">
        {t("duplicatesHeading")}
      </h2>
      <p>{t("duplicatesIntro")}</p>
      <ul className="flex flex-col gap-2">
        {duplicates.map((d) => {
          const names = displayNames(d, locale);
          return (
            <li key={d.slug} className="flex flex-col gap-1 rounded-md border border-amber-300 bg-white p-3">
              <p className="font-semibold text-slate-900">
                {names.primary}
                {names.others.length > 0 && <span className="font-normal text-slate-700"> · {names.others.join(" · ")}</span>}
              </p>
              <p className="text-sm text-slate-700">
                {[d.district ? districtLabel(d.district, locale) : null, ...d.reasons.map((r) => (r.kind === "nearby" ? tReason("nearby", { metres: r.metres }) : tReason(r.kind)))]
                  .filter(Boolean)
                  .join(" · ")}
              </p>
              <p className="flex flex-wrap gap-x-4 gap-y-1">
                <Link href={`/suppliers/${d.slug}`} className="text-brand-700 underline">
                  {t("duplicateOpen", { name: names.primary })}
                </Link>
                <Link href={`/suppliers/${d.slug}/edit`} className="text-brand-700 underline">
                  {t("duplicateEdit", { name: names.primary })}
                </Link>
              </p>
            </li>
          );
        })}
      </ul>
      <div>
        <button type="submit" name={CONFIRM_NEW_FIELD} value="1" className={secondaryButtonClass}>
          {t("duplicatesConfirmNew")}
        </button>
      </div>
    </section>
  );
}

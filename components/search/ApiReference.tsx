import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";

/** The parts of an OpenAPI 3.1 document this page reads. */
type Schema = {
  $ref?: string;
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  items?: Schema;
  prefixItems?: Schema[];
  anyOf?: Schema[];
  oneOf?: Schema[];
  properties?: Record<string, Schema>;
  additionalProperties?: Schema | boolean;
  required?: string[];
  description?: string;
  format?: string;
  minimum?: number;
  maximum?: number;
  maxLength?: number;
  default?: unknown;
  example?: unknown;
};
type Parameter = { name: string; in: string; required?: boolean; description?: string; schema?: Schema };
type Operation = {
  summary?: string;
  description?: string;
  operationId?: string;
  parameters?: Parameter[];
  responses: Record<string, { description?: string; content?: Record<string, { schema?: Schema }> }>;
};
export type OpenApiDocument = {
  info: { title: string; version: string; description?: string };
  paths: Record<string, Record<string, Operation>>;
  components?: { schemas?: Record<string, Schema> };
};

const schemaAnchor = (name: string) => `schema-${name}`;
const refName = (ref: string) => ref.split("/").pop()!;

/** A short type expression with links to named shapes: "string | null", "array of SupplierSummary". */
function TypeOf({ schema }: { schema: Schema | undefined }): ReactNode {
  if (!schema) return "any";
  if (schema.$ref) {
    const name = refName(schema.$ref);
    return <a href={`#${schemaAnchor(name)}`} className="text-brand-700 underline">{name}</a>;
  }
  const alternatives = schema.anyOf ?? schema.oneOf;
  if (alternatives) {
    return alternatives.map((s, i) => (
      <span key={i}>
        {i > 0 && " | "}
        <TypeOf schema={s} />
      </span>
    ));
  }
  if (schema.const !== undefined) return JSON.stringify(schema.const);
  const types = ([] as string[]).concat(schema.type ?? []);
  if (types.includes("array")) {
    const item = schema.items ?? schema.prefixItems?.[0];
    return (
      <>
        array of <TypeOf schema={item} />
        {types.includes("null") && " | null"}
      </>
    );
  }
  if (types.includes("object") && schema.additionalProperties && typeof schema.additionalProperties === "object") {
    return (
      <>
        map of <TypeOf schema={schema.additionalProperties} />
      </>
    );
  }
  const base = types.length ? types.join(" | ") : "any";
  return schema.format ? `${base} (${schema.format})` : base;
}

function Constraints({ schema, valuesLabel }: { schema: Schema | undefined; valuesLabel: (values: string) => string }) {
  if (!schema) return null;
  const s = schema.type === "array" && schema.items ? schema.items : schema;
  const parts: string[] = [];
  if (s.enum) parts.push(valuesLabel(s.enum.map(String).join(", ")));
  if (s.minimum !== undefined || s.maximum !== undefined) parts.push(`${s.minimum ?? "…"}–${s.maximum ?? "…"}`);
  if (s.maxLength !== undefined) parts.push(`≤ ${s.maxLength}`);
  if (s.default !== undefined) parts.push(`default ${JSON.stringify(s.default)}`);
  if (s.example !== undefined) parts.push(`e.g. ${JSON.stringify(s.example)}`);
  return parts.length ? <span className="block text-xs text-slate-600">{parts.join(" · ")}</span> : null;
}

/** One parameter or field: its name and type on a line, what it means below; reads well on a phone. */
function Entry({ name, meta, schema, description, valuesLabel }: { name: string; meta: string; schema?: Schema; description?: string; valuesLabel: (v: string) => string }) {
  return (
    <li className="flex flex-col gap-0.5 border-b border-slate-200 py-2">
      <span className="flex flex-wrap items-baseline gap-x-2">
        <code className="font-semibold text-slate-900">{name}</code>
        <span className="text-sm text-slate-700">
          <TypeOf schema={schema} />
        </span>
        <span className="text-xs text-slate-600">{meta}</span>
      </span>
      {description && <span className="text-sm text-slate-800">{description}</span>}
      <Constraints schema={schema} valuesLabel={valuesLabel} />
    </li>
  );
}

/** A readable rendering of an OpenAPI document: routes, parameters, responses and the named shapes. */
export async function ApiReference({ document }: { document: OpenApiDocument }) {
  const t = await getTranslations("apiDocs");
  const operations = Object.entries(document.paths).flatMap(([path, item]) =>
    Object.entries(item).map(([method, op]) => ({ path, method: method.toUpperCase(), op, id: op.operationId ?? `${method}-${path}` })),
  );
  const valuesLabel = (values: string) => t("values", { values });
  return (
    <div className="flex flex-col gap-8">
      <nav aria-labelledby="api-contents">
        <h2 id="api-contents" className="text-lg font-semibold">
          {t("contents")}
        </h2>
        <ul className="mt-2 flex flex-col gap-1">
          {operations.map((o) => (
            <li key={o.id}>
              <a href={`#${o.id}`} className="text-brand-700 underline">
                <code>
                  {o.method} {o.path}
                </code>
              </a>{" "}
              <span className="text-slate-700">{o.op.summary}</span>
            </li>
          ))}
        </ul>
      </nav>

      {operations.map((o) => (
        <section key={o.id} id={o.id} aria-labelledby={`${o.id}-heading`} className="flex flex-col gap-3 border-t border-slate-200 pt-4">
          <h2 id={`${o.id}-heading`} className="text-lg font-semibold">
            <code className="break-all">
              {o.method} {o.path}
            </code>
          </h2>
          {o.op.summary && <p className="font-medium">{o.op.summary}</p>}
          {o.op.description && <p className="text-slate-700">{o.op.description}</p>}

          <h3 className="font-semibold">{t("parameters")}</h3>
          {o.op.parameters?.length ? (
            <ul>
              {o.op.parameters.map((p) => (
                <Entry
                  key={`${p.in}:${p.name}`}
                  name={p.name}
                  meta={`${t("in")}: ${p.in} · ${p.required ? t("requiredYes") : t("requiredNo")}`}
                  schema={p.schema}
                  description={p.description ?? p.schema?.description ?? p.schema?.items?.description}
                  valuesLabel={valuesLabel}
                />
              ))}
            </ul>
          ) : (
            <p className="text-sm text-slate-700">{t("noParameters")}</p>
          )}

          <h3 className="font-semibold">{t("responses")}</h3>
          <ul>
            {Object.entries(o.op.responses).map(([status, r]) => (
              <li key={status} className="flex flex-col gap-0.5 border-b border-slate-200 py-2">
                <span className="flex flex-wrap items-baseline gap-x-2">
                  <strong>{status}</strong>
                  <span className="text-sm text-slate-800">{r.description}</span>
                </span>
                {Object.entries(r.content ?? {}).map(([type, c]) => (
                  <span key={type} className="text-sm text-slate-700">
                    <code>{type}</code>: <TypeOf schema={c.schema} />
                  </span>
                ))}
              </li>
            ))}
          </ul>
        </section>
      ))}

      <section aria-labelledby="api-schemas" className="flex flex-col gap-4 border-t border-slate-200 pt-4">
        <h2 id="api-schemas" className="text-lg font-semibold">
          {t("schemas")}
        </h2>
        {Object.entries(document.components?.schemas ?? {}).map(([name, schema]) => (
          <section key={name} id={schemaAnchor(name)} aria-labelledby={`${schemaAnchor(name)}-heading`} className="flex flex-col gap-2">
            <h3 id={`${schemaAnchor(name)}-heading`} className="font-semibold">
              <code>{name}</code>
            </h3>
            {schema.description && <p className="text-sm text-slate-700">{schema.description}</p>}
            {schema.properties && (
              <ul>
                {Object.entries(schema.properties).map(([field, f]) => (
                  <Entry
                    key={field}
                    name={field}
                    meta={schema.required?.includes(field) ? t("alwaysPresent") : t("optional")}
                    schema={f}
                    description={f.description}
                    valuesLabel={valuesLabel}
                  />
                ))}
              </ul>
            )}
          </section>
        ))}
      </section>
    </div>
  );
}

/**
 * Message files are split by area of the product (core pages, map, accounts and reviews,
 * moderation, submissions, search, page chrome, operations) so that work on one area never edits another
 * area's file. Each locale's files are deep-merged in this order; a later area may add keys to
 * an earlier area's namespace.
 */
import accountEn from "./account/en.json";
import accountJa from "./account/ja.json";
import accountZh from "./account/zh.json";
import coreEn from "./core/en.json";
import coreJa from "./core/ja.json";
import coreZh from "./core/zh.json";
import mapEn from "./map/en.json";
import mapJa from "./map/ja.json";
import mapZh from "./map/zh.json";
import moderationEn from "./moderation/en.json";
import moderationJa from "./moderation/ja.json";
import moderationZh from "./moderation/zh.json";
import opsEn from "./ops/en.json";
import opsJa from "./ops/ja.json";
import opsZh from "./ops/zh.json";
import pagesEn from "./pages/en.json";
import pagesJa from "./pages/ja.json";
import pagesZh from "./pages/zh.json";
import searchEn from "./search/en.json";
import searchJa from "./search/ja.json";
import searchZh from "./search/zh.json";
import submitEn from "./submit/en.json";
import submitJa from "./submit/ja.json";
import submitZh from "./submit/zh.json";

export type Messages = { [key: string]: string | Messages };

/** Later values win; nested namespaces are merged key by key. */
export function mergeMessages(base: Messages, override: Messages): Messages {
  const out: Messages = { ...base };
  for (const [key, value] of Object.entries(override)) {
    const b = base[key];
    out[key] = typeof value === "object" && typeof b === "object" ? mergeMessages(b, value) : value;
  }
  return out;
}

const merge = (files: Messages[]) => files.reduce(mergeMessages, {});

export const messagesByLocale = {
  en: merge([coreEn, mapEn, accountEn, moderationEn, submitEn, searchEn, pagesEn, opsEn]),
  ja: merge([coreJa, mapJa, accountJa, moderationJa, submitJa, searchJa, pagesJa, opsJa]),
  zh: merge([coreZh, mapZh, accountZh, moderationZh, submitZh, searchZh, pagesZh, opsZh]),
} satisfies Record<string, Messages>;

/**
 * The namespaces that client components translate with: only these travel to the browser.
 * Without a list, every page carried the whole catalogue (about 42 KB of the English one in the
 * page's RSC payload), half of it for server-rendered text the browser never looks up.
 * `messages/client-namespaces.test.ts` fails when a client component or a form schema's message
 * key uses a namespace that is missing here.
 */
export const CLIENT_NAMESPACES = [
  "account",
  "error",
  "formErrors",
  "gettingThere",
  "list",
  "listingForm",
  "map",
  "moderation",
  "picker",
  "report",
  "review",
  "submitForm",
] as const;

export function clientMessages(messages: Messages): Messages {
  const out: Messages = {};
  for (const ns of CLIENT_NAMESPACES) if (messages[ns] !== undefined) out[ns] = messages[ns];
  return out;
}

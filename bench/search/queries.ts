/**
 * The fixed query set of the search benchmark: the query strings of /api/suppliers, grouped by
 * kind. Words come from the synthetic generator's vocabulary (lib/synth.ts) and the sample data.
 */
export type BenchQuery = { kind: "latin" | "cjk" | "short-cjk" | "japanese" | "facets" | "browse"; qs: string };

const q = (text: string) => `q=${encodeURIComponent(text)}`;

export const QUERIES: BenchQuery[] = [
  ...[
    "pearl river",
    "circuits",
    "smt",
    "pcb",
    "assembly",
    "precision",
    "lychee bay",
    "moulding",
    "laser works",
    "testing lab",
    "logistics",
    "makerspace",
    "banyan",
    "egret",
    "cnc works",
    "phoenix hill",
    "jade harbour",
    "rapid prototyping",
    "seeed",
    "huaqiang",
    "4-layer",
    "bga assembly",
    "enclosures",
    "semiconductor supply",
  ].map((t) => ({ kind: "latin" as const, qs: q(t) })),
  ...["华强北", "创客空间", "电子市场", "科技有限公司", "深圳市南山区", "快速成型", "钣金加工", "虚构荔枝路", "检测认证", "四层板"].map(
    (t) => ({ kind: "cjk" as const, qs: q(t) }),
  ),
  ...["深圳", "电子", "华", "科技", "模具", "激光", "物流", "精密"].map((t) => ({ kind: "short-cjk" as const, qs: q(t) })),
  ...["サーキット", "エレクトロニクス", "メイカーズ", "セン", "ラボ"].map((t) => ({ kind: "japanese" as const, qs: q(t) })),
  ...[
    `${q("pcb")}&district=baoan`,
    "category=pcb-fab&capability=smt",
    `${q("电子")}&language=en`,
    "category=ems&minRating=4&sort=reviews",
    "district=nanshan&smallOrders=1&sort=newest",
    "capability=bga&capability=smt",
    "language=ja&sort=name",
    `${q("circuits")}&category=pcb-fab&district=futian&sort=rating`,
    "category=makerspace&category=accelerator&district=futian",
    `${q("华强北")}&category=electronics-market`,
    "prototypes=1&smallOrders=1&minRating=3",
    `${q("precision")}&capability=cnc&sort=reviews`,
  ].map((qs) => ({ kind: "facets" as const, qs })),
  ...["", "sort=newest", "sort=name&page=100", "sort=reviews&page=3", "page=2&pageSize=50"].map((qs) => ({
    kind: "browse" as const,
    qs,
  })),
];

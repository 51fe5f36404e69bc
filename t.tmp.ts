import { parseSupplierQuery } from "./lib/search/query";
import { findSuppliers } from "./server/data/suppliers";
const qs = ["南山", "龙岗", "福田", "深圳", "PCB 福田", "pcb futian", "4-layer PCB", "華強北", "华强北", "華強北路", "南山区", "Nanshan", "深セン", "makerspace", "メイカースペース", "PCB 制板", "4 layer", "四层板", "SMT", "BGA", "flex pcb", "English", "日本語", "電子", "龍崗", "huaqiangbei", "hua qiang bei", "huaqiang", "chaihuo", "shenzen", "makerspase", "assemby", "zzzqqqxxx", "pcb&district=luohu", "sgs", "柴火", "賽格", "セグ"];
for (const s of qs) {
  const { query } = parseSupplierQuery(new URLSearchParams(s.includes("=") ? "q=" + s.replace("&", "&") : { q: s }));
  const r = await findSuppliers({ query: { ...query, pageSize: 100 } });
  console.log(`${s} → ${r.total}${r.totalExact ? "" : "+"} [${r.interpretation.readings.map((x) => x.kind + ":" + x.slug).join(",")}] ${JSON.stringify(r.interpretation.corrections)} ${JSON.stringify(r.interpretation.suggestions)}\n   ${r.items.slice(0, 12).map((i) => i.slug).join(" ")}`);
}

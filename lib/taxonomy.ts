/**
 * The fixed vocabularies of the directory: districts, categories, capabilities and the codes
 * used for languages, payment methods and certifications. Labels are kept here (not in the
 * message files) because the seed writes them into the lookup tables too.
 */

export type Labels = { en: string; zh: string; ja: string };
export type LatLng = { lat: number; lng: number };

export const DISTRICTS = [
  { slug: "futian", label: { en: "Futian", zh: "福田区", ja: "福田区" }, centre: { lat: 22.541, lng: 114.055 } },
  { slug: "luohu", label: { en: "Luohu", zh: "罗湖区", ja: "羅湖区" }, centre: { lat: 22.548, lng: 114.131 } },
  { slug: "nanshan", label: { en: "Nanshan", zh: "南山区", ja: "南山区" }, centre: { lat: 22.533, lng: 113.93 } },
  { slug: "yantian", label: { en: "Yantian", zh: "盐田区", ja: "塩田区" }, centre: { lat: 22.557, lng: 114.237 } },
  { slug: "baoan", label: { en: "Bao'an", zh: "宝安区", ja: "宝安区" }, centre: { lat: 22.555, lng: 113.883 } },
  { slug: "longgang", label: { en: "Longgang", zh: "龙岗区", ja: "龍崗区" }, centre: { lat: 22.72, lng: 114.247 } },
  { slug: "longhua", label: { en: "Longhua", zh: "龙华区", ja: "龍華区" }, centre: { lat: 22.696, lng: 114.045 } },
  { slug: "pingshan", label: { en: "Pingshan", zh: "坪山区", ja: "坪山区" }, centre: { lat: 22.69, lng: 114.346 } },
  { slug: "guangming", label: { en: "Guangming", zh: "光明区", ja: "光明区" }, centre: { lat: 22.749, lng: 113.936 } },
  { slug: "dapeng", label: { en: "Dapeng New Area", zh: "大鹏新区", ja: "大鵬新区" }, centre: { lat: 22.594, lng: 114.478 } },
] as const satisfies readonly { slug: string; label: Labels; centre: LatLng }[];

export type DistrictSlug = (typeof DISTRICTS)[number]["slug"];
export const DISTRICT_SLUGS = DISTRICTS.map((d) => d.slug) as DistrictSlug[];

/** The Huaqiang North Road market area, where most electronics markets stand (WGS-84). */
export const HUAQIANGBEI_CENTRE: LatLng = { lat: 22.5457, lng: 114.087 };

/** A generous box around Shenzhen's land area, used to reject points that cannot be here. */
export const SHENZHEN_BOUNDS = { minLat: 22.4, maxLat: 22.87, minLng: 113.75, maxLng: 114.65 };

export const CATEGORIES = [
  { slug: "makerspace", label: { en: "Makerspace", zh: "创客空间", ja: "メイカースペース" } },
  { slug: "pcb-fab", label: { en: "PCB fabrication", zh: "PCB 制板", ja: "基板製造" } },
  { slug: "pcb-assembly", label: { en: "PCB assembly", zh: "PCB 贴片组装", ja: "基板実装" } },
  { slug: "accelerator", label: { en: "Accelerator / incubator", zh: "加速器 / 孵化器", ja: "アクセラレーター" } },
  { slug: "sourcing-agent", label: { en: "Sourcing agent / broker", zh: "采购代理", ja: "調達代行" } },
  { slug: "electronics-market", label: { en: "Electronics market", zh: "电子市场", ja: "電子部品市場" } },
  { slug: "component-distributor", label: { en: "Component distributor", zh: "元器件分销商", ja: "電子部品商社" } },
  { slug: "injection-molding", label: { en: "Injection moulding", zh: "注塑成型", ja: "射出成形" } },
  { slug: "cnc-machining", label: { en: "CNC machining", zh: "CNC 加工", ja: "CNC 加工" } },
  { slug: "sheet-metal", label: { en: "Sheet metal", zh: "钣金加工", ja: "板金加工" } },
  { slug: "3d-printing", label: { en: "3D printing", zh: "3D 打印", ja: "3D プリント" } },
  { slug: "laser-cutting", label: { en: "Laser cutting", zh: "激光切割", ja: "レーザー加工" } },
  { slug: "ems", label: { en: "Contract manufacturing (EMS)", zh: "电子制造服务 (EMS)", ja: "電子機器受託製造 (EMS)" } },
  { slug: "test-lab", label: { en: "Test & certification lab", zh: "检测认证实验室", ja: "試験・認証ラボ" } },
  { slug: "design-house", label: { en: "Design house", zh: "设计公司", ja: "設計・デザイン会社" } },
  { slug: "logistics", label: { en: "Logistics & ports", zh: "物流与口岸", ja: "物流・港湾" } },
  { slug: "packaging", label: { en: "Packaging", zh: "包装", ja: "パッケージング" } },
] as const satisfies readonly { slug: string; label: Labels }[];

export type CategorySlug = (typeof CATEGORIES)[number]["slug"];

export const CAPABILITIES = [
  { slug: "pcb-1-2-layer", group: "pcb", label: { en: "PCB 1–2 layers", zh: "单双面板", ja: "片面・両面基板" } },
  { slug: "pcb-4-layer", group: "pcb", label: { en: "PCB 4 layers", zh: "四层板", ja: "4層基板" } },
  { slug: "pcb-6-plus-layer", group: "pcb", label: { en: "PCB 6+ layers", zh: "六层及以上", ja: "6層以上の基板" } },
  { slug: "pcb-hdi", group: "pcb", label: { en: "HDI / blind & buried vias", zh: "HDI 盲埋孔", ja: "HDI・ブラインドビア" } },
  { slug: "pcb-flex", group: "pcb", label: { en: "Flex & rigid-flex PCB", zh: "柔性板 / 软硬结合板", ja: "フレキ・リジッドフレキ基板" } },
  { slug: "pcb-aluminium", group: "pcb", label: { en: "Aluminium-core PCB", zh: "铝基板", ja: "アルミ基板" } },
  { slug: "fine-trace", group: "pcb", label: { en: "Fine trace/space (≤ 4 mil)", zh: "细线路 (≤ 4 mil)", ja: "微細配線 (4 mil 以下)" } },
  { slug: "smt", group: "assembly", label: { en: "SMT assembly", zh: "SMT 贴片", ja: "SMT 実装" } },
  { slug: "bga", group: "assembly", label: { en: "BGA assembly", zh: "BGA 焊接", ja: "BGA 実装" } },
  { slug: "through-hole", group: "assembly", label: { en: "Through-hole assembly", zh: "插件 (DIP)", ja: "挿入部品実装" } },
  { slug: "stencils", group: "assembly", label: { en: "SMT stencils", zh: "钢网", ja: "メタルマスク" } },
  { slug: "box-build", group: "assembly", label: { en: "Box build / final assembly", zh: "整机组装", ja: "最終組立" } },
  { slug: "injection-moulding", group: "mechanical", label: { en: "Injection moulding", zh: "注塑", ja: "射出成形" } },
  { slug: "mould-making", group: "mechanical", label: { en: "Mould making", zh: "模具制造", ja: "金型製作" } },
  { slug: "cnc", group: "mechanical", label: { en: "CNC machining", zh: "CNC 加工", ja: "CNC 加工" } },
  { slug: "sheet-metal", group: "mechanical", label: { en: "Sheet metal", zh: "钣金", ja: "板金" } },
  { slug: "3d-printing", group: "mechanical", label: { en: "3D printing", zh: "3D 打印", ja: "3D プリント" } },
  { slug: "laser-cutting", group: "mechanical", label: { en: "Laser cutting", zh: "激光切割", ja: "レーザーカット" } },
  { slug: "vacuum-casting", group: "mechanical", label: { en: "Vacuum casting", zh: "真空复模", ja: "真空注型" } },
  { slug: "component-sourcing", group: "services", label: { en: "Component sourcing", zh: "元器件采购", ja: "部品調達" } },
  { slug: "design-engineering", group: "services", label: { en: "Design & engineering", zh: "设计与工程", ja: "設計・エンジニアリング" } },
  { slug: "emc-testing", group: "services", label: { en: "EMC / safety testing", zh: "EMC / 安规测试", ja: "EMC・安全試験" } },
  { slug: "certification", group: "services", label: { en: "CE / FCC certification", zh: "CE / FCC 认证", ja: "CE・FCC 認証" } },
  { slug: "shipping", group: "services", label: { en: "Shipping & customs", zh: "运输与报关", ja: "輸送・通関" } },
  { slug: "workshop-access", group: "services", label: { en: "Workshop access / tools", zh: "工坊与设备", ja: "工房・設備の利用" } },
] as const satisfies readonly { slug: string; group: string; label: Labels }[];

export type CapabilitySlug = (typeof CAPABILITIES)[number]["slug"];

export const LANGUAGES = [
  { code: "en", label: { en: "English", zh: "英语", ja: "英語" } },
  { code: "zh", label: { en: "Mandarin", zh: "普通话", ja: "中国語（普通話）" } },
  { code: "yue", label: { en: "Cantonese", zh: "粤语", ja: "広東語" } },
  { code: "ja", label: { en: "Japanese", zh: "日语", ja: "日本語" } },
  { code: "ko", label: { en: "Korean", zh: "韩语", ja: "韓国語" } },
  { code: "de", label: { en: "German", zh: "德语", ja: "ドイツ語" } },
  { code: "fr", label: { en: "French", zh: "法语", ja: "フランス語" } },
  { code: "es", label: { en: "Spanish", zh: "西班牙语", ja: "スペイン語" } },
  { code: "ru", label: { en: "Russian", zh: "俄语", ja: "ロシア語" } },
] as const satisfies readonly { code: string; label: Labels }[];

export type LanguageCode = (typeof LANGUAGES)[number]["code"];

export const PAYMENT_METHODS = [
  { code: "paypal", label: { en: "PayPal", zh: "PayPal", ja: "PayPal" } },
  { code: "alipay", label: { en: "Alipay", zh: "支付宝", ja: "Alipay（支付宝）" } },
  { code: "wechat-pay", label: { en: "WeChat Pay", zh: "微信支付", ja: "WeChat Pay" } },
  { code: "wire", label: { en: "Bank wire", zh: "银行电汇", ja: "銀行送金" } },
  { code: "card", label: { en: "Credit card", zh: "信用卡", ja: "クレジットカード" } },
  { code: "cash", label: { en: "Cash", zh: "现金", ja: "現金" } },
] as const satisfies readonly { code: string; label: Labels }[];

export const CERTIFICATIONS = [
  { code: "iso-9001", label: { en: "ISO 9001", zh: "ISO 9001", ja: "ISO 9001" } },
  { code: "iso-13485", label: { en: "ISO 13485", zh: "ISO 13485", ja: "ISO 13485" } },
  { code: "iatf-16949", label: { en: "IATF 16949", zh: "IATF 16949", ja: "IATF 16949" } },
  { code: "iso-14001", label: { en: "ISO 14001", zh: "ISO 14001", ja: "ISO 14001" } },
  { code: "ul", label: { en: "UL", zh: "UL", ja: "UL" } },
  { code: "iso-17025", label: { en: "ISO/IEC 17025", zh: "ISO/IEC 17025", ja: "ISO/IEC 17025" } },
] as const satisfies readonly { code: string; label: Labels }[];

/**
 * Other words people use for the values above, in each language, for reading search queries
 * ("4-layer", "南山", "日本語"). The slug and the three labels count as synonyms already; a
 * phrase may belong to several values (CNC is a category and a capability), and matching
 * ignores case, width, traditional/simplified forms, punctuation and a plural "s".
 */
export type Synonyms = { en: readonly string[]; zh: readonly string[]; ja: readonly string[] };

export const DISTRICT_SYNONYMS = {
  futian: { en: ["futian district"], zh: ["福田"], ja: ["福田", "フーティエン"] },
  luohu: { en: ["luohu district", "lo wu", "lowu"], zh: ["罗湖"], ja: ["羅湖", "ローフー"] },
  nanshan: { en: ["nanshan district", "shekou"], zh: ["南山", "蛇口"], ja: ["南山", "ナンシャン"] },
  yantian: { en: ["yantian district"], zh: ["盐田"], ja: ["塩田"] },
  baoan: { en: ["bao an", "bao'an district", "baoan district"], zh: ["宝安"], ja: ["宝安"] },
  longgang: { en: ["longgang district"], zh: ["龙岗"], ja: ["龍崗"] },
  longhua: { en: ["longhua district"], zh: ["龙华"], ja: ["龍華"] },
  pingshan: { en: ["pingshan district"], zh: ["坪山"], ja: ["坪山"] },
  guangming: { en: ["guangming district"], zh: ["光明新区"], ja: ["光明区"] },
  dapeng: { en: ["dapeng"], zh: ["大鹏"], ja: ["大鵬"] },
} as const satisfies Record<DistrictSlug, Synonyms>;

export const CATEGORY_SYNONYMS = {
  makerspace: {
    en: ["maker space", "hackerspace", "hacker space", "fab lab", "fablab", "maker lab"],
    zh: ["创客", "众创空间", "创客中心"],
    ja: ["メーカースペース", "ハッカースペース", "ファブラボ"],
  },
  "pcb-fab": {
    en: ["pcb fab", "pcb manufacturer", "pcb manufacturing", "pcb maker", "pcb factory", "circuit board", "printed circuit board"],
    zh: ["制板", "线路板", "电路板", "pcb 打样"],
    ja: ["プリント基板", "基板メーカー", "基板製作"],
  },
  "pcb-assembly": { en: ["pcba", "assembly house"], zh: ["贴片加工", "电路板组装", "pcba"], ja: ["実装", "基板組立"] },
  accelerator: { en: ["accelerator", "incubator", "hardware accelerator"], zh: ["加速器", "孵化器"], ja: ["アクセラレータ", "インキュベーター"] },
  "sourcing-agent": { en: ["sourcing agent", "sourcing", "broker", "buying agent"], zh: ["采购"], ja: ["調達", "買付代行"] },
  "electronics-market": {
    en: ["electronic market", "electronics mall", "component market", "electronics markets"],
    zh: ["电子城", "电子商城"],
    ja: ["電気街", "電子市場"],
  },
  "component-distributor": {
    en: ["components distributor", "distributor", "electronic components", "components"],
    zh: ["元器件", "分销商", "电子元器件"],
    ja: ["部品商社", "電子部品"],
  },
  "injection-molding": {
    en: ["injection molding", "plastic moulding", "plastic molding", "injection moulder"],
    zh: ["注塑", "注塑加工"],
    ja: ["射出成型", "プラスチック成形"],
  },
  "cnc-machining": { en: ["cnc", "machining", "machine shop", "cnc milling"], zh: ["数控加工", "机加工", "cnc加工"], ja: ["切削加工"] },
  "sheet-metal": { en: ["metal stamping", "stamping", "sheet metal fabrication"], zh: ["钣金", "冲压"], ja: ["板金", "プレス加工"] },
  "3d-printing": { en: ["3d print", "3d printer", "additive manufacturing"], zh: ["3d打印"], ja: ["3dプリンター", "3d印刷"] },
  "laser-cutting": { en: ["laser cut", "laser cutter"], zh: ["激光"], ja: ["レーザーカット"] },
  ems: {
    en: ["contract manufacturing", "contract manufacturer", "electronics manufacturing services", "ems"],
    zh: ["电子制造服务", "代工"],
    ja: ["受託製造", "ems"],
  },
  "test-lab": {
    en: ["test lab", "testing lab", "test laboratory", "certification lab", "compliance lab", "testing laboratory"],
    zh: ["检测", "检测认证", "检测实验室"],
    ja: ["試験所", "認証ラボ", "試験ラボ"],
  },
  "design-house": { en: ["design firm", "industrial design", "product design"], zh: ["工业设计"], ja: ["デザイン会社", "設計会社"] },
  logistics: { en: ["logistics", "freight", "port", "border crossing"], zh: ["物流", "口岸", "货运"], ja: ["物流", "港湾"] },
  packaging: { en: ["package printing"], zh: ["包装印刷"], ja: ["パッケージ", "包装"] },
} as const satisfies Record<CategorySlug, Synonyms>;

export const CAPABILITY_SYNONYMS = {
  "pcb-1-2-layer": {
    en: ["1-2 layer", "2 layer", "2-layer", "two layer", "double sided", "double-sided", "single sided", "single-sided", "2 layer pcb"],
    zh: ["双面板", "单面板", "2层板", "两层板"],
    ja: ["片面基板", "両面基板", "2層基板", "2層"],
  },
  "pcb-4-layer": {
    en: ["4 layer", "4-layer", "4-layer pcb", "4 layer pcb", "four layer", "four-layer", "four layer pcb", "4l pcb"],
    zh: ["4层板", "四层", "4层", "四层pcb"],
    ja: ["4層", "四層基板"],
  },
  "pcb-6-plus-layer": {
    en: ["6 layer", "6-layer", "6+ layer", "8 layer", "8-layer", "multilayer", "multi layer", "multilayer pcb"],
    zh: ["六层板", "6层板", "多层板"],
    ja: ["6層以上", "多層基板", "6層基板"],
  },
  "pcb-hdi": { en: ["hdi", "blind via", "buried via", "blind and buried vias", "hdi pcb"], zh: ["hdi", "盲埋孔", "盲孔", "埋孔"], ja: ["hdi", "ブラインドビア"] },
  "pcb-flex": {
    en: ["flex pcb", "flex", "flexible pcb", "fpc", "rigid flex", "rigid-flex", "flex circuit"],
    zh: ["柔性板", "软板", "软硬结合板", "fpc"],
    ja: ["フレキ", "フレキ基板", "フレキシブル基板", "リジッドフレキ"],
  },
  "pcb-aluminium": { en: ["aluminium pcb", "aluminum pcb", "metal core pcb", "mcpcb", "aluminum core pcb"], zh: ["铝基板"], ja: ["アルミ基板"] },
  "fine-trace": { en: ["fine trace", "fine pitch", "4 mil", "3 mil"], zh: ["细线路"], ja: ["微細配線"] },
  smt: { en: ["smt", "surface mount", "pick and place", "smd assembly"], zh: ["smt", "贴片", "smt贴片"], ja: ["smt", "表面実装"] },
  bga: { en: ["bga", "bga rework"], zh: ["bga"], ja: ["bga"] },
  "through-hole": { en: ["through hole", "tht", "dip", "wave soldering"], zh: ["插件", "dip", "波峰焊"], ja: ["スルーホール", "dip"] },
  stencils: { en: ["stencil", "smt stencil", "laser stencil"], zh: ["钢网"], ja: ["ステンシル"] },
  "box-build": { en: ["final assembly", "system assembly", "box building"], zh: ["组装", "成品组装"], ja: ["組立"] },
  "injection-moulding": {
    en: ["injection molding", "plastic moulding", "plastic molding"],
    zh: ["注塑成型", "注塑加工"],
    ja: ["射出成型"],
  },
  "mould-making": { en: ["mold making", "tooling", "mould", "mold", "moulds", "molds"], zh: ["模具", "开模"], ja: ["金型"] },
  cnc: { en: ["cnc", "cnc milling", "machining"], zh: ["数控", "cnc加工"], ja: ["切削"] },
  "sheet-metal": { en: ["sheet metal fabrication"], zh: ["钣金加工"], ja: ["板金加工"] },
  "3d-printing": { en: ["3d print", "sla", "sls", "fdm"], zh: ["3d打印"], ja: ["3d印刷"] },
  "laser-cutting": { en: ["laser cut", "laser cutter"], zh: ["激光"], ja: ["レーザー加工"] },
  "vacuum-casting": { en: ["urethane casting", "silicone moulds", "silicone molds"], zh: ["复模"], ja: ["シリコン型"] },
  "component-sourcing": { en: ["bom sourcing", "parts sourcing", "sourcing"], zh: ["代采", "采购"], ja: ["部品調達代行"] },
  "design-engineering": { en: ["engineering", "dfm", "pcb layout", "pcb design"], zh: ["工程设计", "设计"], ja: ["エンジニアリング"] },
  "emc-testing": { en: ["emc", "emi", "safety testing", "emc test"], zh: ["emc", "安规"], ja: ["emc", "emc試験"] },
  certification: { en: ["certification", "ce", "fcc", "rohs"], zh: ["认证", "ce认证", "fcc认证"], ja: ["認証", "ce認証"] },
  shipping: { en: ["shipping", "customs", "freight forwarding", "forwarder"], zh: ["报关", "运输", "货代"], ja: ["通関", "輸送"] },
  "workshop-access": { en: ["workshop", "tools", "shared workshop"], zh: ["工坊", "工作坊"], ja: ["工房"] },
} as const satisfies Record<CapabilitySlug, Synonyms>;

export const LANGUAGE_SYNONYMS = {
  en: { en: ["english speaking", "english-speaking", "english spoken", "speaks english"], zh: ["英文", "说英语"], ja: ["英語対応"] },
  zh: { en: ["chinese", "putonghua"], zh: ["中文", "汉语"], ja: ["中国語", "普通話"] },
  yue: { en: ["cantonese speaking"], zh: ["广东话", "白话"], ja: ["広東語"] },
  ja: { en: ["japanese speaking", "japanese-speaking"], zh: ["日文"], ja: ["日本語対応"] },
  ko: { en: [], zh: ["韩文"], ja: ["韓国語"] },
  de: { en: ["deutsch"], zh: ["德文"], ja: [] },
  fr: { en: ["francais"], zh: ["法文"], ja: [] },
  es: { en: ["espanol"], zh: ["西班牙文"], ja: [] },
  ru: { en: [], zh: ["俄文"], ja: [] },
} as const satisfies Record<LanguageCode, Synonyms>;

/**
 * Places known by several spellings that are not a filter: a query naming one also searches
 * its other spellings (深セン finds 深圳 and Shenzhen). Every listing is in Shenzhen, so the city
 * is matched in the text, never as a tag.
 */
export const PLACES = [
  {
    slug: "shenzhen",
    label: { en: "Shenzhen", zh: "深圳", ja: "深セン" },
    spellings: ["深圳", "shenzhen"],
    synonyms: { en: ["shenzhen city"], zh: ["深圳市"], ja: ["深セン", "深圳", "シンセン", "深せん"] },
  },
  {
    slug: "huaqiangbei",
    label: { en: "Huaqiangbei", zh: "华强北", ja: "華強北" },
    spellings: ["华强北", "huaqiangbei", "huaqiang north"],
    synonyms: { en: ["huaqiang bei", "huaqiang north road", "hqb"], zh: ["华强北路"], ja: ["ファーチャンペイ", "華強北路"] },
  },
] as const satisfies readonly { slug: string; label: Labels; spellings: readonly string[]; synonyms: Synonyms }[];

export type PlaceSlug = (typeof PLACES)[number]["slug"];

export type Locale = "en" | "ja" | "zh";

export function labelFor(labels: Labels, locale: Locale): string {
  return labels[locale];
}

const bySlug = <T extends { slug: string }>(list: readonly T[]) => new Map(list.map((x) => [x.slug, x]));
const byCode = <T extends { code: string }>(list: readonly T[]) => new Map(list.map((x) => [x.code, x]));

export const districtBySlug = bySlug(DISTRICTS);
export const categoryBySlug = bySlug(CATEGORIES);
export const capabilityBySlug = bySlug(CAPABILITIES);
export const languageByCode = byCode(LANGUAGES);
export const paymentMethodByCode = byCode(PAYMENT_METHODS);
export const certificationByCode = byCode(CERTIFICATIONS);
export const placeBySlug = bySlug(PLACES);

export function isDistrictSlug(value: string): value is DistrictSlug {
  return districtBySlug.has(value as DistrictSlug);
}

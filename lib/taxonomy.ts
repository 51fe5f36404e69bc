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

export function isDistrictSlug(value: string): value is DistrictSlug {
  return districtBySlug.has(value as DistrictSlug);
}

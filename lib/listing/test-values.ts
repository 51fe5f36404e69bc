/** A complete listing value for tests of the listing modules (not used by the app). */
import type { ListingValues } from "./fields";

export function sampleListingValues(patch: Partial<ListingValues> = {}): ListingValues {
  return {
    name: "Example Circuits",
    nameZh: "示例电路",
    nameJa: null,
    category: "pcb-fab",
    categories: ["pcb-fab", "pcb-assembly"],
    capabilities: ["pcb-4-layer", "smt"],
    district: "futian",
    addressEn: "1 Huaqiang North Rd",
    addressZh: "华强北路1号",
    location: { lat: 22.5457, lng: 114.087, datum: "WGS84" },
    locationPrecision: "BUILDING",
    website: "https://example.com/",
    email: null,
    phone: "+8613800138000",
    wechatId: null,
    qq: null,
    storeLinks: [{ kind: "TAOBAO", url: "https://shop1.taobao.com/" }],
    languages: ["en", "zh"],
    moq: 5,
    moqNote: null,
    leadTimeDaysMin: 3,
    leadTimeDaysMax: 7,
    acceptsPrototypes: true,
    acceptsSmallOrders: null,
    paymentMethods: ["paypal", "alipay"],
    certifications: [],
    openingHours: "Mon–Sat 9:00–18:00",
    description: null,
    descriptionZh: null,
    descriptionJa: null,
    foundedYear: null,
    ...patch,
  };
}

/**
 * Line breaking for Chinese addresses. Browsers may break Chinese text between any two
 * characters, which splits place names (华 / 强北路); ICU's and BudouX's word segmenters split
 * Shenzhen addresses wrongly too (深圳|市南|山区, 华|强|北|路). An address, though, is a
 * sequence of parts that each end in a known marker (省, 市, 区, 街道, 路, 号, 栋, 层 …), so
 * the parts are found from those markers, and pages draw them with breaks allowed only
 * between parts (`word-break: keep-all` plus `<wbr>`).
 */

/**
 * Where an address part ends: after a marker, unless the next character continues a word
 * (市场 is a market, not a city; 街道 is a subdistrict; 3号楼 is building 3), and after spaces
 * and separators.
 */
const PART_END = /(?:省|自治区|市(?!场)|区(?!域)|县|镇|街道|大道|路|街(?!道)|巷|号(?![楼院馆])|栋|幢|座|楼|层|室|大厦|广场|中心|园(?!区)|[\s,，、;；/／])/gu;

/** The parts of an address, in order; joined they give the text back unchanged. */
export function addressParts(text: string): string[] {
  const parts: string[] = [];
  let start = 0;
  for (const m of text.matchAll(PART_END)) {
    const end = m.index + m[0].length;
    parts.push(text.slice(start, end));
    start = end;
  }
  if (start < text.length) parts.push(text.slice(start));
  return parts;
}

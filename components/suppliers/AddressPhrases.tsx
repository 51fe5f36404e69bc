import { Fragment } from "react";
import { addressParts } from "@/lib/cjk";

/**
 * A Chinese address that wraps only between its parts (福田区 / 华强北路 / 1002号), never inside
 * a place name. The element around it needs `break-keep` (no breaks between Han characters)
 * and `[overflow-wrap:anywhere]` (a last resort for a part wider than the line).
 */
export function AddressPhrases({ text }: { text: string }) {
  return addressParts(text).map((part, i) => (
    <Fragment key={i}>
      {i > 0 && <wbr />}
      {part}
    </Fragment>
  ));
}

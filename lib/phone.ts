/**
 * Phone numbers as people write them in Shenzhen (138 0013 8000, 0755-8888 8888, +86 …,
 * 0086 …) normalised to E.164 with libphonenumber-js. China is the default region, so a number
 * without a country code is read as Chinese; numbers of other regions need their + prefix.
 */
// The "max" metadata checks each region's number patterns, not only lengths: with the default
// "min" set a ten-digit 138… or a seven-digit Shenzhen landline passes as valid.
import { parsePhoneNumberFromString } from "libphonenumber-js/max";

const MAX_PHONE_LENGTH = 40;

/** E.164 ("+8613800138000"), or null when the text is not a valid phone number. */
export function normalisePhone(input: string): string | null {
  const text = input.trim();
  if (text === "" || text.length > MAX_PHONE_LENGTH || /[a-z]/i.test(text.replace(/\b(?:ext|x)\.?\s*\d+$/i, ""))) return null;
  // "0086" is the international prefix dialled from inside China.
  const phone = parsePhoneNumberFromString(text.replace(/^00(?=[1-9])/, "+"), "CN");
  return phone?.isValid() ? phone.number : null;
}

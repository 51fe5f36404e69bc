/**
 * Writes one supplier into the end-to-end database through the data layer's test factory
 * (Prisma, so the search triggers run), for specs that need facts the seed does not have.
 * Run by e2e/pages/data.ts as: tsx --conditions=react-server e2e/pages/create-supplier.ts JSON
 */
import { createSupplier, type SupplierSpec } from "@/server/test/factories";

const spec = JSON.parse(process.argv[2] ?? "") as SupplierSpec;
const created = await createSupplier(spec);
console.log(JSON.stringify(created));
process.exit(0);

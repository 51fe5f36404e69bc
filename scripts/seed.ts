import { seedSampleData } from "@/server/seed/sample-data";

const counts = await seedSampleData();
console.log(
  `Sample data: ${counts.suppliersCreated} suppliers created, ${counts.suppliersSkipped} already there; ` +
    `suppliers by status ${JSON.stringify(counts.byStatus)}; ${counts.categories} categories, ${counts.capabilities} capabilities.`,
);

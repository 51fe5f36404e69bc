import { seedSampleData } from "@/server/seed/sample-data";

const counts = await seedSampleData();
console.log(
  `Sample data: ${counts.suppliersCreated} suppliers created, ${counts.suppliersUpgraded} upgraded, ` +
    `${counts.suppliersSkipped} already up to date, ${counts.suppliersKept} left as users or moderators changed them; ` +
    `suppliers by status ${JSON.stringify(counts.byStatus)}; ${counts.categories} categories, ${counts.capabilities} capabilities.`,
);

-- CreateTable
CREATE TABLE "DataVersion" (
    "name" TEXT NOT NULL PRIMARY KEY,
    "version" INTEGER NOT NULL DEFAULT 0
);

-- 'suppliers' counts every committed change to a supplier or anything shown with it. Readers
-- compare it with the value their cache was built at; one indexed row, so the check is cheap.
INSERT INTO "DataVersion" ("name", "version") VALUES ('suppliers', 0);

CREATE TRIGGER "data_version_supplier_insert" AFTER INSERT ON "Supplier" BEGIN
  UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "name" = 'suppliers';
END;
CREATE TRIGGER "data_version_supplier_update" AFTER UPDATE ON "Supplier" BEGIN
  UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "name" = 'suppliers';
END;
CREATE TRIGGER "data_version_supplier_delete" AFTER DELETE ON "Supplier" BEGIN
  UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "name" = 'suppliers';
END;
CREATE TRIGGER "data_version_suppliercategory_insert" AFTER INSERT ON "SupplierCategory" BEGIN
  UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "name" = 'suppliers';
END;
CREATE TRIGGER "data_version_suppliercategory_delete" AFTER DELETE ON "SupplierCategory" BEGIN
  UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "name" = 'suppliers';
END;
CREATE TRIGGER "data_version_suppliercapability_insert" AFTER INSERT ON "SupplierCapability" BEGIN
  UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "name" = 'suppliers';
END;
CREATE TRIGGER "data_version_suppliercapability_delete" AFTER DELETE ON "SupplierCapability" BEGIN
  UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "name" = 'suppliers';
END;
CREATE TRIGGER "data_version_supplierlanguage_insert" AFTER INSERT ON "SupplierLanguage" BEGIN
  UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "name" = 'suppliers';
END;
CREATE TRIGGER "data_version_supplierlanguage_delete" AFTER DELETE ON "SupplierLanguage" BEGIN
  UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "name" = 'suppliers';
END;
CREATE TRIGGER "data_version_supplierpaymentmethod_insert" AFTER INSERT ON "SupplierPaymentMethod" BEGIN
  UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "name" = 'suppliers';
END;
CREATE TRIGGER "data_version_supplierpaymentmethod_delete" AFTER DELETE ON "SupplierPaymentMethod" BEGIN
  UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "name" = 'suppliers';
END;
CREATE TRIGGER "data_version_suppliercertification_insert" AFTER INSERT ON "SupplierCertification" BEGIN
  UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "name" = 'suppliers';
END;
CREATE TRIGGER "data_version_suppliercertification_delete" AFTER DELETE ON "SupplierCertification" BEGIN
  UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "name" = 'suppliers';
END;
CREATE TRIGGER "data_version_storelink_insert" AFTER INSERT ON "StoreLink" BEGIN
  UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "name" = 'suppliers';
END;
CREATE TRIGGER "data_version_storelink_update" AFTER UPDATE ON "StoreLink" BEGIN
  UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "name" = 'suppliers';
END;
CREATE TRIGGER "data_version_storelink_delete" AFTER DELETE ON "StoreLink" BEGIN
  UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "name" = 'suppliers';
END;
CREATE TRIGGER "data_version_category_update" AFTER UPDATE ON "Category" BEGIN
  UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "name" = 'suppliers';
END;
CREATE TRIGGER "data_version_capability_update" AFTER UPDATE ON "Capability" BEGIN
  UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "name" = 'suppliers';
END;

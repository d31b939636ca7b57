package dev.cloudwright.pricing;

import dev.cloudwright.model.BillingParts;
import static dev.cloudwright.pricing.Measure.GB;
import static dev.cloudwright.pricing.Measure.GB_MONTH;
import static dev.cloudwright.pricing.Measure.REQUESTS;

import dev.cloudwright.model.Component;
import dev.cloudwright.model.Keys;
import dev.cloudwright.model.StorageTier;
import dev.cloudwright.model.Usage;
import java.util.List;
import java.util.Optional;

/** Object storage and backup vaults. */
final class StoragePricing {
    private StoragePricing() {}

    static List<CostComponent> s3(Component c) {
        return new Bill(c)
                .ifUsed("Standard storage", PriceKeys.s3Storage(StorageTier.STANDARD), c.usage(Usage.STANDARD_GB), GB_MONTH)
                .ifUsed("Standard-IA storage", PriceKeys.s3Storage(StorageTier.INFREQUENT), c.usage(Usage.INFREQUENT_GB), GB_MONTH)
                .ifUsed("Glacier Instant Retrieval storage", PriceKeys.s3Storage(StorageTier.ARCHIVE_INSTANT), c.usage(Usage.ARCHIVE_GB), GB_MONTH)
                .ifUsed("PUT, COPY, POST, LIST requests", PriceKeys.S3_PUT, c.usage(Usage.PUT_REQUESTS), REQUESTS)
                .ifUsed("GET requests", PriceKeys.S3_GET, c.usage(Usage.GET_REQUESTS), REQUESTS)
                .ifUsed("Replication to another region", PriceKeys.INTER_REGION, c.usage(Usage.INTERREGION_GB), GB).by(BillingParts.REPLICATION)
                .ifUsed("Replication Time Control", PriceKeys.S3_RTC, c.usage(Usage.RTC_GB), GB).by(BillingParts.REPLICATION).parts();
    }

    /** Recovery points are billed at the backup-storage price of the service family whose snapshots they are. */
    static List<CostComponent> backup(Component c) {
        Bill b = new Bill(c);
        // what the copies are snapshots of decides their price: never assumed
        Optional<String> source = b.known(Keys.BACKUP_SOURCE, null);
        b.ifUsed("Backup copies stored (" + source.orElse("source not known offline") + " snapshots)",
                source.map(PriceKeys::backupStorage).orElse(PriceKeys.notKnown(Keys.BACKUP_SOURCE)), c.usage(Usage.BACKUP_GB), GB_MONTH);
        return b.ifUsed("Cross-region copy transfer", PriceKeys.INTER_REGION, c.usage(Usage.INTERREGION_GB), GB).parts();
    }
}

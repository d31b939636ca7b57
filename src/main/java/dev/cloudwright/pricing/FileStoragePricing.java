package dev.cloudwright.pricing;

import static dev.cloudwright.pricing.Bill.nz;
import static dev.cloudwright.pricing.Measure.GB_MONTH;
import static dev.cloudwright.pricing.Measure.IOPS_MONTH;
import static dev.cloudwright.pricing.Measure.MBPS_MONTH;

import dev.cloudwright.model.Component;
import dev.cloudwright.model.Keys;
import dev.cloudwright.model.Usage;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Shared file systems (EFS, FSx) and container image repositories. */
final class FileStoragePricing {
    private FileStoragePricing() {}

    /**
     * Storage by class (a usage: what the file system holds), Regional or One Zone; provisioned throughput above the
     * baseline its Standard storage includes.
     */
    static List<CostComponent> efs(Component c) {
        Bill b = new Bill(c);
        if (c.isUnknown(Keys.ONE_ZONE)) {
            return b.ifUsed("Storage (storage class not known offline)", PriceKeys.notKnown(Keys.ONE_ZONE), c.usage(Usage.STANDARD_GB), GB_MONTH).parts();
        }
        boolean oneZone = c.isTrue(Keys.ONE_ZONE);
        double standard = c.usage(Usage.STANDARD_GB);
        b.ifUsed(oneZone ? "Storage (One Zone)" : "Storage (Standard)", PriceKeys.efsStorage(oneZone ? "onezone" : "standard"), standard, GB_MONTH);
        b.ifUsed(oneZone ? "Storage (One Zone-IA)" : "Storage (Standard-IA)", PriceKeys.efsStorage(oneZone ? "onezone-ia" : "ia"), c.usage(Usage.INFREQUENT_GB),
                GB_MONTH);
        if (!oneZone) {
            b.ifUsed("Storage (Archive)", PriceKeys.efsStorage("archive"), c.usage(Usage.ARCHIVE_GB), GB_MONTH);
        }
        if (c.isUnknown(Keys.THROUGHPUT_MBPS)) {
            b.add("Provisioned throughput (not known offline)", PriceKeys.notKnown(Keys.THROUGHPUT_MBPS), 0, MBPS_MONTH);
        } else if (c.value(Keys.THROUGHPUT_MBPS) != null) {
            int mbps = c.value(Keys.THROUGHPUT_MBPS);
            double included = standard * Metered.of("efs.included-mbps-per-gb");
            b.add("Provisioned throughput (" + mbps + " MB/s, less the baseline of the Standard storage held)", PriceKeys.EFS_THROUGHPUT,
                    Math.max(0, mbps - included), MBPS_MONTH);
        }
        return b.parts();
    }

    /** FSx: storage capacity by storage type and deployment, throughput capacity, provisioned IOPS (OpenZFS), backups (usage). */
    static List<CostComponent> fsx(Component c) {
        Bill b = new Bill(c);
        Optional<String> fs = b.known(Keys.FILE_SYSTEM, "windows");
        Optional<String> storageType = b.known(Keys.STORAGE_TYPE, "SSD");
        Optional<String> deployment = b.known(Keys.FS_DEPLOYMENT, "SINGLE_AZ_1");
        if (fs.isEmpty() || storageType.isEmpty() || deployment.isEmpty()) {
            return b.add("Storage capacity (file system settings not known offline)", PriceKeys.notKnown(Keys.FS_DEPLOYMENT), nz(c.sizing().storageGb()), GB_MONTH)
                    .parts();
        }
        String dep = deployment(fs.get(), deployment.get(), c);
        String st = storageType.get().toLowerCase(Locale.ROOT);
        b.add("Storage capacity (" + storageType.get() + ", " + dep + ", " + Math.round(nz(c.sizing().storageGb())) + " GB)",
                PriceKeys.fsxStorage(fs.get(), st, dep), nz(c.sizing().storageGb()), GB_MONTH);
        if (c.isUnknown(Keys.THROUGHPUT_MBPS)) {
            b.add("Throughput capacity (not known offline)", PriceKeys.notKnown(Keys.THROUGHPUT_MBPS), 0, MBPS_MONTH);
        } else if (c.value(Keys.THROUGHPUT_MBPS) != null) {
            b.add("Throughput capacity (" + c.value(Keys.THROUGHPUT_MBPS) + " MB/s)", PriceKeys.fsxThroughput(fs.get(), dep), c.value(Keys.THROUGHPUT_MBPS),
                    MBPS_MONTH);
        }
        Integer iops = c.value(Keys.IOPS);
        if (fs.get().equals("openzfs") && iops != null) {
            // OpenZFS includes 3 SSD IOPS per GB of storage; user-provisioned IOPS above that are billed
            double above = iops - nz(c.sizing().storageGb()) * Metered.of("fsx-openzfs.included-iops-per-gb");
            if (above > 0) {
                b.add("Provisioned SSD IOPS above the included (" + iops + ")", PriceKeys.FSX_OPENZFS_IOPS, above, IOPS_MONTH);
            }
        }
        return b.ifUsed("Backup storage", PriceKeys.FSX_BACKUP, c.usage(Usage.BACKUP_GB), GB_MONTH).parts();
    }

    /** The deployment as the price key names it; Lustre's persistent SSD types by their throughput per TiB. */
    private static String deployment(String fs, String deployment, Component c) {
        String d = deployment.toLowerCase(Locale.ROOT).replace('_', '-');
        Integer perTib = c.value(Keys.UNIT_THROUGHPUT);
        return fs.equals("lustre") && perTib != null ? d + "-" + perTib : d;
    }

    /** Images stored (a usage). */
    static List<CostComponent> ecr(Component c) {
        return new Bill(c).ifUsed("Image storage", PriceKeys.ECR_STORAGE, nz(c.sizing().storageGb()), GB_MONTH).parts();
    }
}

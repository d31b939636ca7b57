package dev.cloudwright.pricing;

import static dev.cloudwright.pricing.Bill.nz;
import static dev.cloudwright.pricing.Measure.GB_MONTH;
import static dev.cloudwright.pricing.Measure.IOPS_MONTH;
import static dev.cloudwright.pricing.Measure.MBPS_MONTH;
import static dev.cloudwright.pricing.Measure.REQUESTS;

import dev.cloudwright.model.Component;
import dev.cloudwright.model.Keys;
import dev.cloudwright.model.Usage;
import java.util.List;
import java.util.Optional;

/**
 * EBS volumes and snapshots. A volume is billed by its provisioned size at its type's rate; gp3 adds the IOPS above 3,000
 * and the throughput above 125 MB/s it is given, io1 and io2 every provisioned IOPS, and magnetic volumes their I/O requests.
 */
final class BlockStoragePricing {
    /** What a gp3 volume includes in its storage price (https://aws.amazon.com/ebs/pricing/, read through the Infracost golden). */
    static final int GP3_INCLUDED_IOPS = 3000;
    static final int GP3_INCLUDED_MBPS = 125;

    private BlockStoragePricing() {}

    /** A standalone volume (or a block of like volumes): its type, size, IOPS and throughput. */
    static List<CostComponent> volume(Component c) {
        Bill b = new Bill(c);
        Optional<String> type = b.known(Keys.STORAGE_TYPE, "gp2");
        Integer iops = c.isUnknown(Keys.IOPS) ? Integer.valueOf(-1) : c.value(Keys.IOPS);
        Integer mbps = c.isUnknown(Keys.THROUGHPUT_MBPS) ? Integer.valueOf(-1) : c.value(Keys.THROUGHPUT_MBPS);
        Double size = b.unresolved("storage") ? null : c.sizing().storageGb();
        charges(b, "", type.orElse(null), size, iops, mbps, c.sizing().countOr(1));
        return b.ifUsed("I/O requests (magnetic)", PriceKeys.EBS_STANDARD_IO, "standard".equals(type.orElse(null)) ? c.usage(Usage.IO_REQUESTS) : 0,
                REQUESTS).parts();
    }

    /** Snapshot storage: the blocks a snapshot holds, a usage (snapshots are incremental). */
    static List<CostComponent> snapshot(Component c) {
        return new Bill(c).ifUsed("Snapshot storage", PriceKeys.EBS_SNAPSHOT, nz(c.sizing().storageGb()), GB_MONTH).parts();
    }

    /**
     * The fixed charges of {@code n} like volumes. A null type or size is not known offline; an IOPS or throughput of -1
     * neither, null where not set (the type's baseline).
     */
    static void charges(Bill b, String what, String type, Double sizeGb, Integer iops, Integer mbps, int n) {
        String prefix = what.isEmpty() ? "" : what + ": ";
        if (type == null) {
            b.add(prefix + "Storage (volume type not known offline)", PriceKeys.notKnown(Keys.STORAGE_TYPE), n * nz(sizeGb), GB_MONTH);
            return;
        }
        String count = n == 1 ? "" : n + " x ";
        if (sizeGb == null) {
            b.add(prefix + "Storage (" + type + ", size not known offline)", PriceKeys.notKnown("storage"), 0, GB_MONTH);
        } else {
            b.add(prefix + "Storage (" + count + type + ", " + Math.round(sizeGb) + " GB)", PriceKeys.ebsStorage(type), n * sizeGb, GB_MONTH);
        }
        switch (type) {
            case "gp3" -> {
                if (iops != null && iops < 0) {
                    b.add(prefix + "Provisioned IOPS (not known offline)", PriceKeys.notKnown(Keys.IOPS), 0, IOPS_MONTH);
                } else if (iops != null && iops > GP3_INCLUDED_IOPS) {
                    b.add(prefix + "Provisioned IOPS above " + GP3_INCLUDED_IOPS + " (" + count + iops + ")", PriceKeys.EBS_GP3_IOPS,
                            n * (double) (iops - GP3_INCLUDED_IOPS), IOPS_MONTH);
                }
                if (mbps != null && mbps < 0) {
                    b.add(prefix + "Provisioned throughput (not known offline)", PriceKeys.notKnown(Keys.THROUGHPUT_MBPS), 0, MBPS_MONTH);
                } else if (mbps != null && mbps > GP3_INCLUDED_MBPS) {
                    b.add(prefix + "Provisioned throughput above " + GP3_INCLUDED_MBPS + " MB/s (" + count + mbps + " MB/s)", PriceKeys.EBS_GP3_THROUGHPUT,
                            n * (double) (mbps - GP3_INCLUDED_MBPS), MBPS_MONTH);
                }
            }
            case "io1", "io2" -> {
                if (iops == null || iops < 0) {
                    b.add(prefix + "Provisioned IOPS (" + (iops == null ? "not set" : "not known offline") + ")", PriceKeys.notKnown(Keys.IOPS), 0, IOPS_MONTH);
                } else {
                    b.add(prefix + "Provisioned IOPS (" + count + iops + ")", PriceKeys.ebsIops(type), n * (double) iops, IOPS_MONTH);
                }
            }
            default -> {
                // gp2, st1, sc1 and standard are billed by size alone (standard adds its I/O requests, a usage)
            }
        }
    }

    /**
     * The volumes an instance launches with ({@link Keys#BLOCK_DEVICES}: type:size_gb:iops:throughput_mbps, ? where not
     * known offline, 0 where not set), for {@code n} instances.
     */
    static void blockDevices(Bill b, Component c, int n) {
        if (c.isUnknown(Keys.BLOCK_DEVICES)) {
            b.add("Volumes (not known offline)", PriceKeys.notKnown(Keys.BLOCK_DEVICES), 0, GB_MONTH);
            return;
        }
        for (String device : c.valueOr(Keys.BLOCK_DEVICES, List.<String>of())) {
            String[] p = device.split(":", -1);
            String name = p[0];
            String type = p[1].equals("?") ? null : p[1];
            Double size = p[2].equals("?") ? null : Double.valueOf(p[2]);
            charges(b, name, type, size, number(p[3]), number(p[4]), n);
        }
    }

    private static Integer number(String s) {
        return s.equals("?") ? Integer.valueOf(-1) : s.equals("0") ? null : Integer.valueOf(s);
    }
}

package dev.cloudwright.requirements;

import java.util.List;
import java.util.SortedMap;

/**
 * Validated requirements: what the user asked for, with every optional value already defaulted.
 * Names follow the requirements file ({@code requests_per_day} is {@link Workload#requestsPerDay}).
 */
public record Requirements(
        String name,
        Cloud cloud,
        List<String> regions,
        Environment environment,
        String dataResidency,
        Workload workload,
        double availability,
        Recovery recovery,
        List<Compliance> compliance,
        Budget budget,
        SortedMap<String, Double> assumptions,
        SourceMap sources) {

    public enum Cloud { AWS, AZURE, GCP }

    public enum Environment { PRODUCTION, STAGING, DEVELOPMENT }

    public enum Style { AUTO, SERVERLESS, CONTAINERS, KUBERNETES, VMS }

    public enum DatabaseEngine { POSTGRESQL, MYSQL, NOSQL, NONE }

    public enum CacheEngine { REDIS, MEMCACHED, NONE }

    public enum Compliance {
        SOC2("soc2"), HIPAA("hipaa"), PCI_DSS("pci-dss"), GDPR("gdpr"), ISO27001("iso27001");

        private final String id;

        Compliance(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }

        public String title() {
            return switch (this) {
                case SOC2 -> "SOC 2";
                case HIPAA -> "HIPAA";
                case PCI_DSS -> "PCI DSS";
                case GDPR -> "GDPR";
                case ISO27001 -> "ISO/IEC 27001";
            };
        }
    }

    /** Traffic and data shape. Either {@code requestsPerDay} or {@code concurrentUsers} may be 0, not both. */
    public record Workload(
            double requestsPerDay,
            double concurrentUsers,
            double peakFactor,
            double thinkTimeSeconds,
            double readRatio,
            double avgResponseKb,
            Style style,
            double staticContentGb,
            double objectStorageGb,
            Database database,
            CacheEngine cache,
            Batch batch,
            double longestRequestSeconds,
            boolean statefulConnections) {}

    public record Database(DatabaseEngine engine, double sizeGb) {}

    public record Batch(double nightlyVcpuHours) {}

    /** Recovery objectives in seconds. */
    public record Recovery(long rpoSeconds, long rtoSeconds) {}

    public record Budget(double monthlyUsd) {}

    public boolean multiRegion() {
        return regions.size() > 1;
    }

    public String primaryRegion() {
        return regions.get(0);
    }

    public boolean production() {
        return environment == Environment.PRODUCTION;
    }

    public boolean has(Compliance c) {
        return compliance.contains(c);
    }
}

package dev.cloudwright.design;

import dev.cloudwright.model.Component;
import dev.cloudwright.model.Connection.Kind;
import dev.cloudwright.model.Keys;
import dev.cloudwright.model.Lifecycle;
import dev.cloudwright.model.LockMode;
import dev.cloudwright.model.Protection;
import dev.cloudwright.model.Role;
import dev.cloudwright.model.StorageTier;
import dev.cloudwright.model.Usage;
import dev.cloudwright.requirements.Requirements;
import dev.cloudwright.requirements.Requirements.Compliance;
import java.util.List;

/** Object storage of a region: static assets, uploads with tiering, the log archive, and replica buckets. */
final class BucketStack {
    /** Uploads move to infrequent access after 30 days and to instant-retrieval archive after 90; old versions go after 90 days. */
    static final Lifecycle UPLOADS = new Lifecycle(List.of(new Lifecycle.Transition(StorageTier.INFREQUENT, 30),
            new Lifecycle.Transition(StorageTier.ARCHIVE_INSTANT, 90)), null, 90, 7);

    private final Plan p;
    private final Requirements req;

    BucketStack(Plan p) {
        this.p = p;
        this.req = p.req();
    }

    void regional(Site s) {
        Requirements.Workload w = req.workload();
        if (w.staticContentGb() > 0) {
            assets(s, w.staticContentGb());
        }
        if (w.objectStorageGb() > 0) {
            uploads(s, w.objectStorageGb());
        }
        boolean logs = s.primary() || s.profile == Profile.ACTIVE || (!p.serverless() && s.profile == Profile.WARM);
        if (logs) {
            logArchive(s);
        }
    }

    private static Protection bucket(Site s) {
        return Protection.atRest(s.key).inTransit().versioning();
    }

    private void assets(Site s, double gb) {
        Component.Builder b = Component.builder(s.id("assets"), Role.OBJECT_STORAGE, "aws.s3",
                "Static assets bucket" + (s.primary() ? "" : " (replica)")).placement(s.oneZone)
                .protection(bucket(s))
                .set(Keys.ACCESS, p.cdn() ? "private; read by the CDN through origin access control" : "private")
                .set(Keys.CDN_ORIGIN, p.cdn() ? true : null)
                .usage(Usage.STANDARD_GB, gb);
        if (s.primary() && s.livePeer()) {
            b.set(Keys.REPLICATION_REGIONS, List.of(s.peer)).usage(Usage.INTERREGION_GB, gb * p.a().get("object_growth_ratio"));
        }
        if (!s.primary()) {
            b.set(Keys.REPLICA_OF, s.peer + ".assets");
        }
        s.addKeyed(b.build());
        if (p.cdn()) {
            s.link("global.cdn", s.id("assets"), Kind.TRAFFIC, "HTTPS", 443, false);
        }
        if (!s.primary()) {
            s.link(s.peer + ".assets", s.id("assets"), Kind.REPLICATION, "S3 replication", 0, false);
        }
    }

    private void uploads(Site s, double gb) {
        double hot = p.a().get("hot_object_share");
        double warm = Math.min(1 - hot, p.a().get("warm_object_share"));
        Component.Builder b = Component.builder(s.id("uploads"), Role.OBJECT_STORAGE, "aws.s3",
                "Uploads and media bucket" + (s.primary() ? "" : " (replica)")).placement(s.oneZone)
                .protection(bucket(s))
                .set(Keys.LIFECYCLE, UPLOADS, "uploads are read mostly while new (assumptions hot_object_share and warm_object_share)")
                .set(Keys.PUBLIC_ACCESS_BLOCKED, true)
                .usage(Usage.STANDARD_GB, gb * hot).usage(Usage.INFREQUENT_GB, gb * warm).usage(Usage.ARCHIVE_GB, gb * (1 - hot - warm));
        if (s.primary() && s.peer != null) {
            boolean rtc = s.livePeer();
            double growth = gb * p.a().get("object_growth_ratio");
            b.set(Keys.REPLICATION_REGIONS, List.of(s.peer)).set(Keys.REPLICATION_TIME_CONTROL, rtc)
                    .usage(Usage.INTERREGION_GB, growth).usage(Usage.RTC_GB, rtc ? growth : 0);
        }
        if (!s.primary()) {
            b.set(Keys.REPLICA_OF, s.peer + ".uploads");
        }
        s.addKeyed(b.build());
        s.link(s.app, s.id("uploads"), Kind.TRAFFIC, "HTTPS (gateway endpoint)", 443, false);
    }

    private void logArchive(Site s) {
        double logGb = s.monthly * p.a().get("log_kb_per_request") / (1024.0 * 1024.0);
        int months = logRetentionMonths();
        boolean locked = !req.compliance().isEmpty();
        s.addKeyed(Component.builder(s.id("logs"), Role.OBJECT_STORAGE, "aws.s3", "Log archive bucket").placement(s.oneZone)
                .protection(bucket(s).deletionProtection(locked))
                .set(Keys.CONTENTS, "access logs, audit trail, exported application logs")
                .set(Keys.RETENTION_MONTHS, months, retentionBasis())
                .set(Keys.OBJECT_LOCK, locked ? true : null, "the compliance regimes in scope need audit logs nobody can alter")
                .set(Keys.OBJECT_LOCK_MODE, locked ? LockMode.COMPLIANCE : null, "compliance mode: not even the account's administrators can shorten it")
                .usage(Usage.STANDARD_GB, logGb).usage(Usage.ARCHIVE_GB, logGb * (months - 1)).build());
    }

    /** Backup & restore: the recovery region keeps a replica of the uploads in infrequent access. */
    void recoveryReplica(Site s) {
        if (req.workload().objectStorageGb() <= 0) {
            return;
        }
        s.addKeyed(Component.builder(s.id("uploads"), Role.OBJECT_STORAGE, "aws.s3", "Uploads replica bucket").placement(s.oneZone)
                .protection(bucket(s))
                .set(Keys.REPLICA_OF, s.peer + ".uploads")
                .usage(Usage.INFREQUENT_GB, req.workload().objectStorageGb()).build());
        s.link(s.peer + ".uploads", s.id("uploads"), Kind.REPLICATION, "S3 replication", 0, false);
    }

    private String retentionBasis() {
        if (req.has(Compliance.HIPAA)) {
            return "HIPAA: documentation kept six years";
        }
        if (req.has(Compliance.PCI_DSS) || req.has(Compliance.SOC2) || req.has(Compliance.ISO27001)) {
            return "PCI DSS 10.5.1: audit logs kept at least twelve months (also used for SOC 2 and ISO 27001)";
        }
        return req.production() ? "three months of logs for incident investigation" : "one month outside production";
    }

    int logRetentionMonths() {
        if (req.has(Compliance.HIPAA)) {
            return 72;
        }
        if (req.has(Compliance.PCI_DSS) || req.has(Compliance.SOC2) || req.has(Compliance.ISO27001)) {
            return 12;
        }
        return req.production() ? 3 : 1;
    }
}

package dev.cloudwright.design;

import dev.cloudwright.model.Component;
import dev.cloudwright.model.Connection.Kind;
import dev.cloudwright.model.Keys;
import dev.cloudwright.model.Lifecycle;
import dev.cloudwright.model.LockMode;
import dev.cloudwright.model.Protection;
import dev.cloudwright.model.Role;
import dev.cloudwright.model.StorageClasses;
import dev.cloudwright.model.StorageTier;
import dev.cloudwright.model.Usage;
import dev.cloudwright.requirements.Requirements;
import dev.cloudwright.requirements.Requirements.Compliance;
import java.util.ArrayList;
import java.util.List;

/** Object storage of a region: static assets, uploads with tiering, the log archive, and replica buckets. */
final class BucketStack {
    /** Uploads move to infrequent access after 30 days and to instant-retrieval archive after 90; old versions go after 90 days. */
    static final Lifecycle UPLOADS = new Lifecycle(List.of(new Lifecycle.Transition(StorageTier.INFREQUENT, 30),
            new Lifecycle.Transition(StorageTier.ARCHIVE_INSTANT, 90)), null, 90, 7);
    /** Logs move to instant-retrieval archive at this age (the last three months stay in Standard). */
    static final int LOG_ARCHIVE_AFTER_DAYS = 90;
    /** Versions of logs that expired are deleted this many days later. */
    static final int LOG_NONCURRENT_DAYS = 30;
    static final int ABORT_UPLOADS_DAYS = 7;
    private static final double DAYS_PER_MONTH = 30;

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
        // Every region with a load balancer keeps a log archive: its access logs can only go to a bucket of the same region.
        boolean logs = s.primary() || s.profile == Profile.ACTIVE || !p.serverless();
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
        s.add(b.build());
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
        s.add(b.build());
        s.link(s.app, s.id("uploads"), Kind.TRAFFIC, "HTTPS (gateway endpoint)", 443, false);
    }

    private void logArchive(Site s) {
        double logGb = s.monthly * p.a().get("log_kb_per_request") / (1024.0 * 1024.0);
        AuditLogging retention = AuditLogging.of(req);
        Lifecycle lifecycle = logLifecycle(retention.days());
        int standardDays = lifecycle.transitions().isEmpty() ? retention.days() : lifecycle.transitions().get(0).days();
        boolean locked = locksLogs();
        // Load balancer access logs can only be written with S3 managed keys (SSE-S3); a bucket that receives them (or the
        // CDN's standard logs) is encrypted with those, not the region's key.
        boolean accessLogs = !p.serverless() || s.primary() && p.cdn();
        Protection protection = accessLogs ? Protection.atRest(null).inTransit().versioning() : bucket(s);
        Component archive = Component.builder(s.id("logs"), Role.OBJECT_STORAGE, "aws.s3", "Log archive bucket").placement(s.oneZone)
                .protection(protection.deletionProtection(locked))
                .set(Keys.CONTENTS, logContents(s))
                .set(Keys.RETENTION_DAYS, retention.days(), retention.basis())
                .set(Keys.LIFECYCLE, lifecycle, "instant-retrieval archive only for logs kept long enough to pass its minimum storage duration")
                .set(Keys.OBJECT_LOCK, locked ? true : null, "the compliance regimes in scope need audit logs nobody can alter")
                .set(Keys.OBJECT_LOCK_MODE, locked ? LockMode.COMPLIANCE : null, "compliance mode: not even the account's administrators can shorten it")
                .usage(Usage.STANDARD_GB, logGb * standardDays / DAYS_PER_MONTH)
                .usage(Usage.ARCHIVE_GB, logGb * (retention.days() - standardDays) / DAYS_PER_MONTH).build();
        if (accessLogs) {
            s.add(archive);
        } else {
            s.add(archive);
        }
    }

    /**
     * Audit logs under a compliance regime, in production, are write-once (object lock); a staging or development copy
     * keeps them deletable, since compliance-mode retention cannot be shortened once set.
     */
    boolean locksLogs() {
        return !req.compliance().isEmpty() && req.production();
    }

    /** What the region's log archive receives. */
    private String logContents(Site s) {
        List<String> what = new ArrayList<>();
        if (s.primary()) {
            what.add("audit trail");
        }
        if (!req.compliance().isEmpty()) {
            what.add("AWS Config history");
        }
        if (!p.serverless()) {
            what.add("load balancer access logs");
        }
        if (s.primary() && p.cdn()) {
            what.add("CDN access logs");
        }
        return what.isEmpty() ? "the region's service logs" : String.join(", ", what);
    }

    /**
     * The log archive's lifecycle: logs expire when their retention ends (old versions 30 days later), and move to
     * instant-retrieval archive after 90 days only when they stay there at least its minimum storage duration.
     */
    static Lifecycle logLifecycle(int days) {
        List<Lifecycle.Transition> transitions = days - LOG_ARCHIVE_AFTER_DAYS >= StorageClasses.aws(StorageTier.ARCHIVE_INSTANT).minStorageDays()
                ? List.of(new Lifecycle.Transition(StorageTier.ARCHIVE_INSTANT, LOG_ARCHIVE_AFTER_DAYS)) : List.of();
        return new Lifecycle(transitions, days, LOG_NONCURRENT_DAYS, ABORT_UPLOADS_DAYS);
    }

    /** Backup & restore: the recovery region keeps a replica of the uploads in infrequent access. */
    void recoveryReplica(Site s) {
        if (req.workload().objectStorageGb() <= 0) {
            return;
        }
        s.add(Component.builder(s.id("uploads"), Role.OBJECT_STORAGE, "aws.s3", "Uploads replica bucket").placement(s.oneZone)
                .protection(bucket(s))
                .set(Keys.REPLICA_OF, s.peer + ".uploads")
                .usage(Usage.INFREQUENT_GB, req.workload().objectStorageGb()).build());
        s.link(s.peer + ".uploads", s.id("uploads"), Kind.REPLICATION, "S3 replication", 0, false);
    }
}

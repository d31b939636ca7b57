package dev.cloudwright.design;

import dev.cloudwright.model.Component;
import dev.cloudwright.model.Connection.Kind;
import dev.cloudwright.model.Keys;
import dev.cloudwright.model.LockMode;
import dev.cloudwright.model.Protection;
import dev.cloudwright.model.Role;
import dev.cloudwright.model.Usage;
import dev.cloudwright.requirements.Requirements;
import java.util.List;

/** Security and operations of a region: secrets, monitoring, audit trail, threat detection, backups and keys. */
final class OperationsStack {
    /** Heuristic: rules evaluated per recorded configuration change. */
    static final double EVALUATIONS_PER_ITEM = 10;
    /** Heuristic: compliance controls checked daily per component. */
    static final double CHECKS_PER_COMPONENT_DAY = 10;
    /** Customer managed keys are rotated yearly (the KMS default period when rotation is on). */
    static final int KEY_ROTATION_DAYS = 365;

    private final Plan p;
    private final Requirements req;
    private final AuditLogging audit;

    OperationsStack(Plan p) {
        this.p = p;
        this.req = p.req();
        this.audit = AuditLogging.of(req);
    }

    void regional(Site s, String db, DataStack data) {
        secrets(s);
        monitoring(s);
        if (s.primary()) {
            trail(s);
        }
        detection(s);
        if (!s.primary()) {
            data.backupVault(s, s.peer);
        } else {
            backupPlan(s, db, data.retention());
        }
    }

    private void secrets(Site s) {
        int secrets = (p.relational() != null ? 1 : 0) + 1;
        s.add(Component.builder(s.id("secrets"), Role.SECRETS, "aws.secrets-manager", "Secrets").placement(s.here)
                .protection(Protection.atRest(s.key).inTransit())
                .set(Keys.CONTENTS, (p.relational() == null ? "" : s.livePeer() || !s.primary()
                        // A global database or cross-region replica cannot use a database-managed secret: Terraform sets the
                        // master password once (write-only) and the secret is replicated for the failover; rotation is the user's.
                        ? "database master credentials (set once by Terraform, write-only, replicated to the recovery region; rotate them with a "
                                + "rotation function), "
                        : "database credentials (managed and rotated by the database), ")
                        + "application API keys")
                .set(Keys.REPLICA_REGIONS, s.primary() && s.peer != null ? List.of(s.peer) : null)
                .usage(Usage.SECRETS, secrets).build());
        s.link(s.app, s.id("secrets"), Kind.TRAFFIC, "HTTPS", 443, false);
    }

    private void monitoring(Site s) {
        double logGb = s.monthly * p.a().get("log_kb_per_request") / (1024.0 * 1024.0);
        s.add(Component.builder(s.id("monitoring"), Role.MONITORING, "aws.cloudwatch", "Logs, metrics, alarms and dashboard")
                .placement(s.here).protection(Protection.atRest(s.key).inTransit())
                .set(Keys.LOG_RETENTION_DAYS, 30, "application logs searchable for 30 days; audit logs have their own retention")
                .set(Keys.ALARMS, "golden signals: latency, traffic, errors, saturation per tier")
                .usage(Usage.LOG_GB, logGb).usage(Usage.LOG_STORAGE_GB, logGb)
                .usage(Usage.ALARMS, ProviderFacts.alarms(s.inRegion(), s.primary()))
                .usage(Usage.DASHBOARDS, 1).build());
        s.link(s.app, s.id("monitoring"), Kind.LOGS, "HTTPS", 443, false);
    }

    private void trail(Site s) {
        s.add(Component.builder(s.id("trail"), Role.AUDIT, "aws.cloudtrail", "Audit trail (all regions)").placement(s.here)
                .protection(Protection.atRest(s.key).inTransit())
                .set(Keys.COVERAGE, "multi-region trail, management events, log file validation")
                .set(Keys.MULTI_REGION, true).set(Keys.LOG_FILE_VALIDATION, true)
                .set(Keys.DESTINATION, s.id("logs"))
                .set(Keys.DATA_EVENTS, audit.dataAccess() ? "S3 object-level reads and writes (every bucket but the log archive), Lambda invocations"
                        : null, "the regimes in scope ask for a record of access to the data itself (PCI DSS 10.2.1, HIPAA 164.312(b))")
                .usage(Usage.DATA_EVENTS, audit.dataAccess() ? dataEvents() : 0)
                .build());
        s.link(s.id("trail"), s.id("logs"), Kind.LOGS, "HTTPS", 443, false);
    }

    /** Data events a month, in every region (the trail is multi-region): the application's object reads and writes, and each function invocation. */
    private double dataEvents() {
        double monthly = p.cap().monthlyRequests();
        boolean objects = req.workload().objectStorageGb() > 0 || req.workload().staticContentGb() > 0;
        return (objects ? monthly * p.a().get("object_requests_per_request") : 0) + (p.serverless() ? monthly : 0);
    }

    private void detection(Site s) {
        if (!req.production() && req.compliance().isEmpty()) {
            return;
        }
        s.add(Component.builder(s.id("guardduty"), Role.AUDIT, "aws.guardduty", "Threat detection").placement(s.here)
                .set(Keys.SOURCES, "CloudTrail management events, VPC flow logs, DNS logs")
                .usage(Usage.EVENTS, p.a().get("management_events_per_month")).usage(Usage.ANALYSED_GB, s.flowGb * 2)
                .usage(Usage.MONITORED_VCPU, monitoredVcpu(s)).build());
        if (!req.compliance().isEmpty()) {
            double items = p.a().get("config_items_per_month");
            s.add(Component.builder(s.id("config"), Role.AUDIT, "aws.config", "Configuration recorder and rules").placement(s.here)
                    .usage(Usage.CONFIG_ITEMS, items).usage(Usage.EVALUATIONS, items * EVALUATIONS_PER_ITEM).build());
            long regional = s.componentsHere();
            s.add(Component.builder(s.id("securityhub"), Role.AUDIT, "aws.security-hub", "Security posture").placement(s.here)
                    .set(Keys.STANDARDS, ProviderFacts.securityStandards(req))
                    .usage(Usage.CHECKS, regional * CHECKS_PER_COMPONENT_DAY * 30).build());
        }
    }

    private void backupPlan(Site s, String db, int retention) {
        s.add(Component.builder(s.id("backup"), Role.BACKUP, "aws.backup", "Backup plan").placement(s.here)
                .set(Keys.SCHEDULE, backupSchedule() + ", plus continuous backups for point-in-time restore")
                .set(Keys.RETENTION_DAYS, retention)
                .set(Keys.BACKUP_EVERY_HOURS, req.recovery().rpoSeconds() < 88_200 ? 1 : 24, "hourly when the RPO is under a day, else daily")
                .set(Keys.COPIES, s.peer != null ? "copied to " + s.peer + (s.livePeer() || p.backupSource() != null && ProviderFacts.fullCopies(p.backupSource())
                        ? " on its own schedule (see the vault)" : " after every backup") : "none (single region)")
                .set(Keys.VAULT_LOCK, req.compliance().isEmpty() || !req.production() ? null : LockMode.COMPLIANCE,
                        "the compliance regimes in scope need backups nobody can delete early (production only: the lock cannot be undone)")
                .build());
        if (db != null) {
            s.link(s.id("backup"), db, Kind.BACKUP, "AWS API", 0, false);
        }
    }

    /**
     * The region's customer managed key, shared by every data store in the region (the Terraform writes one key per
     * region), a multi-Region key replicated to the peer.
     */
    void keys(Site s) {
        s.add(Component.builder(s.key, Role.KEY_MANAGEMENT, "aws.kms", "Customer managed keys").placement(s.here)
                .set(Keys.ROTATION, true).set(Keys.ROTATION_DAYS, KEY_ROTATION_DAYS, "yearly, the default period of automatic key rotation")
                .set(Keys.MULTI_REGION, s.peer != null ? true : null)
                .set(Keys.REPLICA_REGIONS, s.peer != null ? List.of(s.peer) : null)
                .usage(Usage.KEYS, 1).build());
    }

    /** Backup & restore: the replica of the primary's key, for the vault and the replica bucket. */
    void recoveryKeys(Site s) {
        s.add(Component.builder(s.key, Role.KEY_MANAGEMENT, "aws.kms", "Customer managed keys").placement(s.oneZone)
                .set(Keys.ROTATION, true).set(Keys.ROTATION_DAYS, KEY_ROTATION_DAYS, "yearly, the default period of automatic key rotation")
                .set(Keys.MULTI_REGION, true).set(Keys.REPLICA_OF, s.peer + ".kms")
                .usage(Usage.KEYS, 1).build());
    }

    /**
     * The vCPUs runtime monitoring watches (the threat-detection module enables it for ECS on Fargate, EKS and EC2):
     * the region's running tasks, nodes and instances, averaged over the month; functions are not covered.
     */
    private static double monitoredVcpu(Site s) {
        double vcpu = 0;
        for (Component c : s.inRegion()) {
            if (c.role() != Role.COMPUTE || c.service().equals("aws.lambda")) {
                continue;
            }
            double hours = c.usage(Usage.VCPU_HOURS);
            vcpu += hours > 0 ? hours / 730 : c.sizing().countOr(0) * (c.sizing().vcpu() == null ? 0 : c.sizing().vcpu());
        }
        return vcpu;
    }

    String backupSchedule() {
        return req.recovery().rpoSeconds() < 88_200 ? "hourly (the shortest interval AWS Backup offers)" : "daily";
    }
}

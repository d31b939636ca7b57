package dev.cloudwright.design;

import dev.cloudwright.requirements.Requirements;
import dev.cloudwright.requirements.Requirements.Style;

/**
 * The sizing decisions the stack is built from.
 *
 * @param compute    the chosen application tier
 * @param relational the relational database, or null
 * @param keyValue   the key-value database, or null
 * @param cache      the cache, or null
 * @param zones      availability zones per region
 * @param cdn        a CDN fronts the application
 * @param cdnGeo     the CDN's price geography for requests: {@code na} or {@code eu}
 */
record Plan(Requirements req, Capacity cap, Assumptions a, ComputeOption compute, DataSizer.Relational relational,
        DataSizer.KeyValue keyValue, DataSizer.Cache cache, int zones, boolean cdn, String cdnGeo) {

    boolean serverless() {
        return compute.style() == Style.SERVERLESS;
    }

    /** Functions need the VPC (and NAT for outbound calls) only to reach a database or cache in it. */
    boolean vpcCompute() {
        return !serverless() || relational != null || cache != null;
    }

    boolean waf() {
        return req.production() || req.has(Requirements.Compliance.PCI_DSS);
    }

    String dataStore() {
        if (relational != null) {
            if (relational.service().equals("aws.aurora")) {
                return relational.engine() == dev.cloudwright.model.Engine.MYSQL ? "aurora-mysql" : "aurora";
            }
            return "rds";
        }
        return keyValue != null ? "dynamodb" : null;
    }

    /** The source of the database's backups, as AWS Backup and aws/backup-copies.tsv name it (Aurora of either engine is "aurora"). */
    String backupSource() {
        String store = dataStore();
        return store != null && store.startsWith("aurora") ? "aurora" : store;
    }
}

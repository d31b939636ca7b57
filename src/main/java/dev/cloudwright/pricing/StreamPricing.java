package dev.cloudwright.pricing;

import dev.cloudwright.model.BillingParts;
import static dev.cloudwright.pricing.AwsCostModel.HOURS;
import static dev.cloudwright.pricing.Bill.nz;
import static dev.cloudwright.pricing.Measure.EVENTS;
import static dev.cloudwright.pricing.Measure.GB;
import static dev.cloudwright.pricing.Measure.GB_HOUR;
import static dev.cloudwright.pricing.Measure.GB_MONTH;
import static dev.cloudwright.pricing.Measure.HOUR;
import static dev.cloudwright.pricing.Measure.REQUESTS;
import static dev.cloudwright.pricing.Measure.TRANSITIONS;
import static dev.cloudwright.pricing.Measure.UNITS;

import dev.cloudwright.model.BillingMode;
import dev.cloudwright.model.Component;
import dev.cloudwright.model.Keys;
import dev.cloudwright.model.Usage;
import java.util.List;
import java.util.Optional;

/** Workflows, data streams, delivery streams, Kafka clusters and event buses. */
final class StreamPricing {
    private StreamPricing() {}

    /** Standard workflows: state transitions; Express workflows: requests and duration (GB-hours). All usage. */
    static List<CostComponent> stepFunctions(Component c) {
        Bill b = new Bill(c);
        Optional<String> type = b.known(Keys.WORKFLOW_TYPE, "STANDARD");
        if (type.isEmpty()) {
            return b.ifUsed("Usage (workflow type not known offline)", PriceKeys.notKnown(Keys.WORKFLOW_TYPE), c.usage(Usage.REQUESTS), REQUESTS).parts();
        }
        if (type.get().equals("EXPRESS")) {
            return b.ifUsed("Requests (Express)", PriceKeys.SFN_EXPRESS_REQUESTS, c.usage(Usage.REQUESTS), REQUESTS)
                    .ifUsed("Duration (Express, GB-hours)", PriceKeys.SFN_EXPRESS_DURATION, c.usage(Usage.GB_SECONDS) / 3600, GB_HOUR).parts();
        }
        return b.ifUsed("State transitions (Standard)", PriceKeys.SFN_TRANSITIONS, c.usage(Usage.TRANSITIONS), TRANSITIONS).parts();
    }

    /**
     * Provisioned streams: shard hours, PUT payload units and enhanced fan-out consumer-shard hours; on-demand streams: stream
     * hours and GB written and read.
     */
    static List<CostComponent> kinesis(Component c) {
        Bill b = new Bill(c);
        Optional<BillingMode> mode = b.known(Keys.BILLING_MODE, BillingMode.PROVISIONED);
        if (mode.isEmpty()) {
            return b.add("Stream hours (capacity mode not known offline)", PriceKeys.notKnown(Keys.BILLING_MODE), 0, HOUR).parts();
        }
        if (mode.get() == BillingMode.ON_DEMAND) {
            return b.add("Stream hours (on-demand)", PriceKeys.KINESIS_ON_DEMAND_STREAM, HOURS, HOUR)
                    .ifUsed("Data ingested (on-demand)", PriceKeys.KINESIS_ON_DEMAND_IN, c.usage(Usage.INGESTED_GB), GB)
                    .ifUsed("Data retrieved (on-demand)", PriceKeys.KINESIS_ON_DEMAND_OUT, c.usage(Usage.RETRIEVED_GB), GB).parts();
        }
        if (b.unresolved("shards")) {
            return b.add("Shard hours (shard count not known offline)", PriceKeys.notKnown("shards"), 0, HOUR).parts();
        }
        int shards = c.sizing().shards() == null ? 1 : c.sizing().shards();
        b.add("Shard hours (" + shards + " shard" + (shards == 1 ? "" : "s") + ")", PriceKeys.KINESIS_SHARD, shards * HOURS, HOUR);
        b.ifUsed("PUT payload units", PriceKeys.KINESIS_PUT_UNITS, c.usage(Usage.PUT_UNITS), UNITS);
        int consumers = c.valueOr(Keys.CONSUMERS, 0);
        if (consumers > 0) {
            b.add("Enhanced fan-out consumer-shard hours (" + consumers + " x " + shards + " shard" + (shards == 1 ? "" : "s") + ")", PriceKeys.KINESIS_EFO_SHARD,
                    consumers * shards * HOURS, HOUR).by(BillingParts.CONSUMERS);
        }
        return b.parts();
    }

    /** Data ingested, tiered by monthly volume. */
    static List<CostComponent> firehose(Component c) {
        return new Bill(c).ifUsed("Data ingested", PriceKeys.FIREHOSE_INGEST, c.usage(Usage.INGESTED_GB), GB).parts();
    }

    /** Broker hours (broker type x brokers) and the brokers' provisioned storage. */
    static List<CostComponent> msk(Component c) {
        Bill b = new Bill(c);
        if (b.unresolved("count") || b.unresolved("sku")) {
            String field = b.unresolved("count") ? "count" : "sku";
            return b.add("Broker hours (broker " + field + " not known offline)", PriceKeys.notKnown(field), 0, HOUR).parts();
        }
        int n = c.sizing().countOr(1);
        String sku = c.sizing().sku();
        b.add("Broker hours (" + n + " x " + sku + ")", sku == null ? PriceKeys.notKnown("sku") : PriceKeys.mskBroker(sku), n * HOURS, HOUR);
        return b.add("Broker storage (" + Math.round(nz(c.sizing().storageGb())) + " GB)", PriceKeys.MSK_STORAGE, nz(c.sizing().storageGb()), GB_MONTH).parts();
    }

    /** Cluster hours, and the data written, read and stored (usage). */
    static List<CostComponent> mskServerless(Component c) {
        return new Bill(c).add("Cluster hours", PriceKeys.MSK_SERVERLESS_CLUSTER, HOURS, HOUR)
                .ifUsed("Data written", PriceKeys.MSK_SERVERLESS_IN, c.usage(Usage.INGESTED_GB), GB)
                .ifUsed("Data read", PriceKeys.MSK_SERVERLESS_OUT, c.usage(Usage.RETRIEVED_GB), GB)
                .ifUsed("Storage", PriceKeys.MSK_SERVERLESS_STORAGE, nz(c.sizing().storageGb()), GB_MONTH).parts();
    }

    /** Custom and partner events published (usage); archived events processed and stored where the bus has archives. */
    static List<CostComponent> eventBus(Component c) {
        Bill b = new Bill(c).ifUsed("Events published (custom and partner)", PriceKeys.EVENTBRIDGE_EVENTS, c.usage(Usage.PUBLISHED_EVENTS), EVENTS);
        if (c.valueOr(Keys.ARCHIVES, 0) > 0 || c.usage(Usage.ARCHIVE_PROCESSED_GB) > 0) {
            b.ifUsed("Archive processing", PriceKeys.EVENTBRIDGE_ARCHIVE_GB, c.usage(Usage.ARCHIVE_PROCESSED_GB), GB).by(BillingParts.ARCHIVES)
                    .ifUsed("Archive storage", PriceKeys.EVENTBRIDGE_ARCHIVE_STORAGE, c.usage(Usage.ARCHIVE_STORAGE_GB), GB_MONTH).by(BillingParts.ARCHIVES);
        }
        return b.parts();
    }
}

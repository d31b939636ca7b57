package dev.cloudwright.pricing;

import dev.cloudwright.model.BillingParts;
import static dev.cloudwright.pricing.Measure.CHECKS;
import static dev.cloudwright.pricing.Measure.EVALUATIONS;
import static dev.cloudwright.pricing.Measure.EVENTS;
import static dev.cloudwright.pricing.Measure.GB;
import static dev.cloudwright.pricing.Measure.VCPU_MONTH;
import static dev.cloudwright.pricing.Measure.GB_MONTH;
import static dev.cloudwright.pricing.Measure.ITEMS;
import static dev.cloudwright.pricing.Measure.MONTH;

import dev.cloudwright.model.Component;
import dev.cloudwright.model.Usage;
import java.util.List;

/** Monitoring, audit trails, threat detection and compliance checks. */
final class AuditPricing {
    private AuditPricing() {}

    static List<CostComponent> cloudwatch(Component c) {
        return new Bill(c).ifUsed("Logs ingested", PriceKeys.LOGS_INGEST, c.usage(Usage.LOG_GB), GB)
                .ifUsed("Logs stored", PriceKeys.LOGS_STORAGE, c.usage(Usage.LOG_STORAGE_GB), GB_MONTH)
                .ifUsed("Custom metrics", PriceKeys.METRIC, c.usage(Usage.METRICS), MONTH)
                .ifUsed("Alarms (" + Math.round(c.usage(Usage.ALARMS)) + ")", PriceKeys.ALARM, c.usage(Usage.ALARMS), MONTH).by(BillingParts.ALARMS)
                .ifUsed("Dashboards", PriceKeys.DASHBOARD, c.usage(Usage.DASHBOARDS), MONTH)
                .by(BillingParts.DASHBOARDS).parts();
    }

    /** Management events (the first copy) are free; data events are billed. */
    static List<CostComponent> cloudtrail(Component c) {
        return new Bill(c).ifUsed("Data events", PriceKeys.CLOUDTRAIL_DATA_EVENTS, c.usage(Usage.DATA_EVENTS), EVENTS).parts();
    }

    static List<CostComponent> guardduty(Component c) {
        return new Bill(c).ifUsed("CloudTrail management events analysed", PriceKeys.GUARDDUTY_EVENTS, c.usage(Usage.EVENTS), EVENTS)
                .ifUsed("VPC flow and DNS logs analysed", PriceKeys.GUARDDUTY_LOGS, c.usage(Usage.ANALYSED_GB), GB)
                .ifUsed("Runtime monitoring (ECS, EKS and EC2 vCPUs)", PriceKeys.GUARDDUTY_RUNTIME, c.usage(Usage.MONITORED_VCPU), VCPU_MONTH).parts();
    }

    static List<CostComponent> config(Component c) {
        return new Bill(c).ifUsed("Configuration items recorded", PriceKeys.CONFIG_ITEM, c.usage(Usage.CONFIG_ITEMS), ITEMS)
                .ifUsed("Rule evaluations", PriceKeys.CONFIG_EVALUATION, c.usage(Usage.EVALUATIONS), EVALUATIONS).by(BillingParts.RULES).parts();
    }

    static List<CostComponent> securityHub(Component c) {
        return new Bill(c).ifUsed("Security checks", PriceKeys.SECURITY_HUB_CHECK, c.usage(Usage.CHECKS), CHECKS).parts();
    }
}

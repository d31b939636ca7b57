package dev.cloudwright.model;

/** How a key-value store's throughput is billed: per request, or as provisioned capacity units. */
public enum BillingMode {
    ON_DEMAND,
    PROVISIONED
}

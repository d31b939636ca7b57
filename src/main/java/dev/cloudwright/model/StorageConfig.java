package dev.cloudwright.model;

/** How database storage I/O is billed: per request (standard) or included in higher storage and instance prices. */
public enum StorageConfig {
    STANDARD,
    IO_OPTIMIZED
}

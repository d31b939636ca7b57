package dev.cloudwright.model;

/**
 * Object storage classes by access pattern, provider-neutral. Each provider's data files name its
 * own class for each tier (S3 STANDARD_IA, Azure Cool, GCS Nearline...).
 */
public enum StorageTier {
    STANDARD("standard"),
    INFREQUENT("infrequent access"),
    ONE_ZONE_INFREQUENT("one-zone infrequent access"),
    AUTO_TIERING("automatic tiering"),
    ARCHIVE_INSTANT("instant-retrieval archive"),
    ARCHIVE("archive"),
    DEEP_ARCHIVE("deep archive");

    private final String title;

    StorageTier(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}

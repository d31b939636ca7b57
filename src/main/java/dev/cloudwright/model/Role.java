package dev.cloudwright.model;

/** What a component does in the architecture, independent of the provider's service for it. */
public enum Role {
    EDGE("Edge / CDN"),
    DNS("DNS"),
    LOAD_BALANCER("Load balancer"),
    COMPUTE("Compute"),
    DATABASE("Database"),
    CACHE("Cache"),
    OBJECT_STORAGE("Object storage"),
    QUEUE("Queue"),
    NETWORK("Network"),
    FIREWALL("Firewall / WAF"),
    KEY_MANAGEMENT("Key management"),
    SECRETS("Secrets"),
    MONITORING("Monitoring"),
    AUDIT("Audit and detection"),
    BACKUP("Backup"),
    STORAGE("Block, file and image storage"),
    STREAMING("Streams and events"),
    WORKFLOW("Workflow"),
    ANALYTICS("Search and analytics");

    private final String title;

    Role(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}

package dev.cloudwright.resilience;

/** The four disaster-recovery strategies of the AWS DR whitepaper, from cheapest to fastest. */
public enum Strategy {
    BACKUP_RESTORE("Backup & restore", "backup-restore", "BACKUP_AND_RESTORE"),
    PILOT_LIGHT("Pilot light", "pilot-light", "PILOT_LIGHT"),
    WARM_STANDBY("Warm standby", "warm-standby", "WARM_STANDBY"),
    ACTIVE_ACTIVE("Multi-site active/active", "active-active", "ACTIVE_ACTIVE");

    private final String title;
    private final String id;
    private final String resilienceHubApproach;

    Strategy(String title, String id, String resilienceHubApproach) {
        this.title = title;
        this.id = id;
        this.resilienceHubApproach = resilienceHubApproach;
    }

    public String title() {
        return title;
    }

    public String id() {
        return id;
    }

    /** The same strategy as AWS Resilience Hub names it in a policy's DisasterRecoveryApproach. */
    public String resilienceHubApproach() {
        return resilienceHubApproach;
    }
}

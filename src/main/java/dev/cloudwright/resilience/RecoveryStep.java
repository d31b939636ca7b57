package dev.cloudwright.resilience;

/**
 * One step of a failover procedure.
 *
 * @param order     position in the procedure
 * @param action    what is done
 * @param minutes   how long it takes
 * @param counted   false for steps that run while service is already restored (not part of the RTO)
 * @param automated performed by automation rather than by a person
 * @param basis     where the duration comes from: V/S (published) or H (heuristic), with the source
 * @param command   what performs it: a CLI command or the Terraform variable to set, with {primary}, {secondary} and
 *                  {failover_targets} placeholders ({@link #command(String, String, String)} fills them)
 */
public record RecoveryStep(int order, String action, double minutes, boolean counted, boolean automated, String basis, String command) {

    /** The command for these regions; {@code targets} are the apply's -target options, or null to refer to the README. */
    public String command(String primary, String secondary, String targets) {
        return command.replace("{primary}", primary).replace("{secondary}", secondary == null ? "<recovery region>" : secondary)
                .replace("{failover_targets}", targets == null ? "-target=<the recovery region's modules, listed in terraform/README.md>" : targets);
    }
}

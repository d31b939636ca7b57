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
 */
public record RecoveryStep(int order, String action, double minutes, boolean counted, boolean automated, String basis) {}

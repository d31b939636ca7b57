package dev.cloudwright.design;

import dev.cloudwright.model.Architecture;
import dev.cloudwright.pricing.CostReport;
import dev.cloudwright.requirements.Requirements;
import dev.cloudwright.resilience.AvailabilityEstimate;
import dev.cloudwright.resilience.DrPlan;
import java.util.List;

/**
 * A complete design: the requirements it answers, the sizing inputs and results, the architecture
 * model, and the analyses of it. {@code design.json} is this record.
 */
public record Design(
        String name,
        String provider,
        Requirements requirements,
        Capacity capacity,
        ComputeDecision compute,
        DataDecision data,
        Architecture architecture,
        DrPlan disasterRecovery,
        AvailabilityEstimate availability,
        CostReport cost,
        SecurityPlan security,
        List<Pillar> wellArchitected,
        List<Escalation> escalations,
        List<Decision> decisions,
        List<Assumptions.Use> assumptions,
        List<WorkloadDefault> workloadDefaults,
        List<String> warnings,
        OtherBasis otherBasis,
        List<AvailabilityOption> availabilityOptions) {

    /** A change that would raise the composite availability, with the composite it gives and what it adds a month. */
    public record AvailabilityOption(String change, double compositePercent, double monthlyUsd, boolean meetsTarget) {}

    /**
     * When the two traffic inputs disagree: the monthly cost if the other basis (the one not sized for) is right,
     * with the same fleet. Null when they agree.
     */
    public record OtherBasis(String basis, double monthlyRequests, double monthlyUsd) {}

    /** The compute choice with every option considered. */
    public record ComputeDecision(ComputeOption chosen, String reason, List<ComputeOption> options, List<String> notes) {}

    /** Data-tier sizing results (null members when the tier is absent). */
    public record DataDecision(DataSizer.Relational relational, DataSizer.KeyValue keyValue, DataSizer.Cache cache, String objectStorage) {}

    /** How the design addresses one Well-Architected pillar, and what remains at risk. */
    public record Pillar(String pillar, List<String> addressed, List<String> risks) {}

    /**
     * A decision a person must sign off.
     *
     * @param severity {@code blocking} (resolve before building) or {@code sign-off}
     * @param owner    who decides
     */
    public record Escalation(String topic, Severity severity, String owner, String reason) {

        public enum Severity {
            /** Resolve before building. */
            BLOCKING,
            /** Someone with the authority must accept it. */
            SIGN_OFF;

            /** As written in documents and JSON: {@code blocking}, {@code sign-off}. */
            public String word() {
                return dev.cloudwright.core.Json.kebab(this);
            }
        }
    }

    /** A major decision with the alternatives considered. */
    public record Decision(String title, String chosen, String rationale, List<Alternative> alternatives) {}

    /** One alternative: what it costs a month and its cost/performance/availability trade-off. */
    public record Alternative(String option, Double monthlyUsd, String tradeOff, boolean chosen) {}

    /** A workload default applied because the requirements file did not set the key. */
    public record WorkloadDefault(String key, String value, String meaning) {}
}

package dev.cloudwright.design;

import java.util.List;

/**
 * Security architecture: controls by defence-in-depth layer, and how each compliance requirement in
 * scope is met.
 */
public record SecurityPlan(List<Control> controls, List<RequirementStatus> compliance, List<String> residency) {

    /**
     * A control in the design, built into it and priced, or a process or agreement of the organisation.
     *
     * @param id the control's id in {@code aws/controls.tsv}; {@code aws/control-evidence.tsv} names the Terraform of a design control
     */
    public record Control(String id, String layer, String control, Scope scope, List<String> tags) {}

    /** Where a control lives. */
    public enum Scope {
        /** Built into the design, written in its Terraform and priced. */
        DESIGN,
        /** The user's task: a process, an agreement or a step outside the generated infrastructure. */
        ORGANISATION
    }

    /**
     * One compliance requirement and how it is met.
     *
     * @param status {@code addressed} (by the design), {@code organisation} (a process or agreement),
     *               {@code violated} (the design breaks it) or {@code gap}
     */
    public record RequirementStatus(String framework, String id, String requirement, Status status, String how, String source) {}

    /** How a compliance requirement stands in the design. */
    public enum Status {
        /** Met by the design. */
        ADDRESSED,
        /** Broken by the design (or the requirements). */
        VIOLATED,
        /** Met by a process or an agreement of the organisation, not by infrastructure. */
        ORGANISATION,
        /** Not covered. */
        GAP;

        public String word() {
            return dev.cloudwright.core.Json.kebab(this);
        }
    }
}

package dev.cloudwright.review;

import dev.cloudwright.model.Component;
import java.util.List;

/**
 * What a rule is: its id ({@code CW-AWS-001}), title, pillar, severity, the services it reads (the model's service ids,
 * or {@code role:DATABASE} for every component of a role, whatever the cloud), the compliance control tags it supports
 * ({@code compliance/requirements.tsv}), the ids of the same check in Checkov and Trivy, and the fix as Terraform.
 */
public record RuleMeta(String id, String title, Pillar pillar, Severity severity, List<String> appliesTo, List<String> controls,
        List<String> related, String fix) {

    public RuleMeta {
        appliesTo = List.copyOf(appliesTo);
        controls = List.copyOf(controls);
        related = List.copyOf(related);
        if (!id.matches("CW-[A-Z]+-\\d{3}")) {
            throw new IllegalArgumentException("rule id " + id + " is not CW-<SCOPE>-<nnn>");
        }
    }

    public boolean appliesTo(Component c) {
        for (String a : appliesTo) {
            if (a.equals(c.service()) || a.startsWith("role:") && a.substring(5).equals(c.role().name())) {
                return true;
            }
        }
        return false;
    }
}

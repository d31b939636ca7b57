package dev.cloudwright.render;

import dev.cloudwright.review.Compliance;
import dev.cloudwright.review.Rule;
import dev.cloudwright.review.Triage;
import java.util.List;

/**
 * What the review renderers format: the triaged review of {@code path} with the rules that ran, and the control summary
 * when a framework was asked for.
 *
 * @param input      the file findings of a design are located in (the requirements file); null for Terraform
 * @param framework  the framework asked for, or null
 * @param compliance its controls, empty without a framework
 * @param version    the tool's version, for SARIF
 */
public record ReviewReport(String path, String input, Triage triage, List<Rule> rules, String framework, List<Compliance.ControlResult> compliance,
        String version) {}

package dev.cloudwright.review;

import static dev.cloudwright.review.Pillar.COST;
import static dev.cloudwright.review.Severity.LOW;
import static dev.cloudwright.review.Rules.meta;
import static dev.cloudwright.review.Rules.setting;

import dev.cloudwright.model.Keys;
import java.util.List;

/** Cost rules: cheaper equivalents, idle resources and waste outside production. */
final class CostRules {
    private CostRules() {}

    static final List<Rule> ALL = List.of(
            // ------------------------------------------------------------------ cost
            setting(meta("CW-AWS-050", "gp3 rather than gp2 volumes", COST, LOW, "aws.ebs", "", "", "type = \"gp3\""), Keys.STORAGE_TYPE,
                    v -> !v.equals("gp2"), "gp3", "gp3 costs less for the same size, with a fixed baseline of 3,000 IOPS"),
            setting(meta("CW-AWS-051", "No idle Elastic IP", COST, LOW, "aws.eip", "", "", "# release the address, or attach it"), Keys.ATTACHED_TO,
                    v -> !v.startsWith("not attached"), null, "an unattached address is billed by the hour"));
}

package dev.cloudwright.review;

import static dev.cloudwright.review.Pillar.SUSTAINABILITY;
import static dev.cloudwright.review.Severity.LOW;
import static dev.cloudwright.review.Rules.meta;
import static dev.cloudwright.review.Rules.setting;

import dev.cloudwright.model.Arch;
import dev.cloudwright.model.Keys;
import java.util.List;

/** Sustainability rules: energy-efficient processors, storage tiering and greener regions. */
final class SustainabilityRules {
    private SustainabilityRules() {}

    static final List<Rule> ALL = List.of(
            // ------------------------------------------------------------------ sustainability
            setting(meta("CW-AWS-060", "Lambda on arm64 (Graviton)", SUSTAINABILITY, LOW, "aws.lambda", "", "", "architectures = [\"arm64\"]"),
                    Keys.ARCH, a -> a == Arch.ARM, Arch.ARM, "arm64 functions cost less per GB-second and use less energy"));
}

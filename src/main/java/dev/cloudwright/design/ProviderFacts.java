package dev.cloudwright.design;

import dev.cloudwright.core.Tsv;
import dev.cloudwright.requirements.Requirements;
import dev.cloudwright.requirements.Requirements.Compliance;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Provider facts the designer chooses from, read from the provider's data files: web ACL rules,
 * security standards and conformance packs per compliance regime.
 */
final class ProviderFacts {
    private static final String DIR = "dev/cloudwright/aws/";
    private static final List<Tsv.Row> WAF_RULES = Tsv.resource(DIR + "waf-rules.tsv");
    private static final List<Tsv.Row> STANDARDS = Tsv.resource(DIR + "security-standards.tsv");
    private static final List<Tsv.Row> PACKS = Tsv.resource(DIR + "conformance-packs.tsv");
    private static final List<Tsv.Row> DEFAULTS = Tsv.resource(DIR + "defaults.tsv");

    private ProviderFacts() {}

    /** Web ACL rules in evaluation order; SQL-injection rules only in front of a SQL database. */
    static List<String> wafRules(boolean relational) {
        List<String> out = new ArrayList<>();
        for (Tsv.Row r : WAF_RULES) {
            String when = r.get("when");
            if (when.equals("always") || when.equals("relational") && relational) {
                out.add(r.get("name"));
            } else if (!when.equals("relational")) {
                throw new IllegalStateException(r.file() + ":" + r.line() + ": unknown condition " + when);
            }
        }
        return out;
    }

    /** Security standards for the regimes required (those marked always, plus each regime's). */
    static List<String> securityStandards(Requirements req) {
        List<String> out = new ArrayList<>();
        for (Tsv.Row r : STANDARDS) {
            String when = r.get("when");
            if (when.equals("always") || Arrays.stream(when.split(" ")).anyMatch(id -> req.compliance().stream().anyMatch(c -> c.id().equals(id)))) {
                out.add(r.get("name"));
            }
        }
        return out;
    }

    /** Conformance packs, one per required regime that has one, in the order the regimes are listed. */
    static List<String> conformancePacks(Requirements req) {
        List<String> out = new ArrayList<>();
        for (Compliance c : req.compliance()) {
            for (Tsv.Row r : PACKS) {
                if (r.get("regime").equals(c.id())) {
                    out.add(r.get("pack"));
                }
            }
        }
        return out;
    }

    /** A value of defaults.tsv (shared with the Terraform writer): the addressing plan, the application port. */
    static String choice(String key) {
        return DEFAULTS.stream().filter(r -> r.get("key").equals(key)).findFirst()
                .orElseThrow(() -> new IllegalStateException("defaults.tsv has no " + key)).get("value");
    }
}

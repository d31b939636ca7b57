package dev.cloudwright.terraform.write;

import static dev.cloudwright.terraform.write.GeneratedCases.get;
import static dev.cloudwright.terraform.write.GeneratedCases.integer;
import static dev.cloudwright.terraform.write.GeneratedCases.items;
import static dev.cloudwright.terraform.write.GeneratedCases.string;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.cloudwright.core.Tsv;
import dev.cloudwright.terraform.eval.Value;
import dev.cloudwright.terraform.graph.ResourceGraph;
import dev.cloudwright.terraform.module.ResourceInstance;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every bucket's lifecycle rules, as the generated Terraform writes them for every example and variant, are rules S3
 * accepts: each transition no earlier than its storage class allows, transitions in increasing age with the days a class
 * requires before the next, expiry after every transition (and the same for old versions). The limits are those of
 * {@code aws/storage-classes.tsv}, which cites the S3 documentation.
 */
class LifecycleRulesTest {
    @TempDir
    Path tmp;

    static Stream<String> cases() {
        return GeneratedCases.names();
    }

    private record Limits(int minAge, int minStay) {}

    private static Map<String, Limits> limits() {
        Map<String, Limits> m = new HashMap<>();
        for (Tsv.Row r : Tsv.resource("dev/cloudwright/aws/storage-classes.tsv")) {
            m.put(r.get("storage_class"), new Limits(Integer.parseInt(r.get("min_age_days")), Integer.parseInt(r.get("min_stay_days"))));
        }
        return m;
    }

    @ParameterizedTest
    @MethodSource("cases")
    void everyBucketsLifecycleRulesAreValid(String name) {
        ResourceGraph g = GeneratedCases.read(GeneratedCases.write(GeneratedCases.design(name), tmp));
        List<ResourceInstance> configs = GeneratedCases.ofType(g, "aws_s3_bucket_lifecycle_configuration");
        assertEquals(GeneratedCases.ofType(g, "aws_s3_bucket").size(), configs.size(), "every bucket has a lifecycle configuration");
        List<String> problems = new ArrayList<>();
        for (ResourceInstance c : configs) {
            List<Value> rules = items(get(c.value(), "rule"));
            assertFalse(rules.isEmpty(), c.address());
            for (Value rule : rules) {
                String at = c.address() + " rule " + string(get(rule, "id"));
                check(at, items(get(rule, "transition")), "days", first(items(get(rule, "expiration")), "days"), problems);
                check(at + " (noncurrent versions)", items(get(rule, "noncurrent_version_transition")), "noncurrent_days",
                        first(items(get(rule, "noncurrent_version_expiration")), "noncurrent_days"), problems);
            }
        }
        assertEquals(List.of(), problems);
    }

    private static Integer first(List<Value> blocks, String attr) {
        return blocks.isEmpty() ? null : integer(get(blocks.get(0), attr));
    }

    /** Transitions ordered, each allowed for its class, and the expiry (null: none) after all of them. */
    private static void check(String at, List<Value> transitions, String daysAttr, Integer expiry, List<String> problems) {
        Map<String, Limits> limits = limits();
        int last = -1;
        String lastClass = null;
        for (Value t : transitions) {
            Integer days = integer(get(t, daysAttr));
            String cls = string(get(t, "storage_class"));
            Limits l = limits.get(cls);
            if (days == null || l == null) {
                problems.add(at + ": transition " + t + " is not known or not an S3 storage class");
                continue;
            }
            if (days < l.minAge()) {
                problems.add(at + ": " + cls + " after " + days + " days; S3 allows it from " + l.minAge());
            }
            if (days <= last) {
                problems.add(at + ": " + cls + " after " + days + " days does not come after the previous transition (" + last + " days)");
            } else if (lastClass != null && days - last < limits.get(lastClass).minStay()) {
                problems.add(at + ": " + cls + " only " + (days - last) + " days after " + lastClass + ", which keeps objects "
                        + limits.get(lastClass).minStay() + " days");
            }
            last = days;
            lastClass = cls;
        }
        if (expiry != null && expiry <= last) {
            problems.add(at + ": expires after " + expiry + " days, not after its last transition (" + last + " days)");
        }
        if (expiry != null && expiry < 1) {
            problems.add(at + ": expiry of " + expiry + " days");
        }
    }
}

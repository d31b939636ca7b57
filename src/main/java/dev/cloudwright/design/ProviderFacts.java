package dev.cloudwright.design;

import dev.cloudwright.core.DataFile;
import dev.cloudwright.core.Tsv;
import dev.cloudwright.requirements.Requirements;
import dev.cloudwright.requirements.Requirements.Compliance;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

/**
 * Provider facts the designer chooses from, read from the provider's data files: web ACL rules,
 * security standards and conformance packs per compliance regime.
 */
final class ProviderFacts {
    private static final String DIR = "dev/cloudwright/aws/";
    private static final Supplier<List<Tsv.Row>> WAF_RULES = DataFile.lazy(DIR + "waf-rules.tsv", rows -> rows);
    private static final Supplier<List<Tsv.Row>> STANDARDS = DataFile.lazy(DIR + "security-standards.tsv", rows -> rows);
    private static final Supplier<List<Tsv.Row>> PACKS = DataFile.lazy(DIR + "conformance-packs.tsv", rows -> rows);
    private static final Supplier<List<Tsv.Row>> ALARMS = DataFile.lazy(DIR + "alarms.tsv", rows -> rows);
    private static final Supplier<List<Tsv.Row>> COPIES = DataFile.lazy(DIR + "backup-copies.tsv", rows -> rows);

    private ProviderFacts() {}

    /** Web ACL rules in evaluation order; SQL-injection rules only in front of a SQL database. */
    static List<String> wafRules(boolean relational) {
        List<String> out = new ArrayList<>();
        for (Tsv.Row r : WAF_RULES.get()) {
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
        for (Tsv.Row r : STANDARDS.get()) {
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
            for (Tsv.Row r : PACKS.get()) {
                if (r.get("regime").equals(c.id())) {
                    out.add(r.get("pack"));
                }
            }
        }
        return out;
    }

    /**
     * The alarms the monitoring module creates for these components of one region (aws/alarms.tsv): one per watched
     * resource, or one per node of a Redis cache; a global table's only in the primary region.
     */
    static int alarms(List<dev.cloudwright.model.Component> here, boolean primary) {
        int n = 0;
        for (Tsv.Row r : ALARMS.get()) {
            if (r.get("regions").equals("primary") && !primary) {
                continue;
            }
            List<String> services = Arrays.asList(r.get("services").split(","));
            // The module watches one resource of each kind per region.
            var watched = here.stream().filter(c -> services.contains(c.service()) && c.value(dev.cloudwright.model.Keys.ENGINE)
                    != dev.cloudwright.model.Engine.MEMCACHED).findFirst();
            if (watched.isPresent()) {
                n += r.get("per").equals("node") ? watched.get().sizing().countOr(1) : 1;
            }
        }
        return n;
    }

    /** A cross-region copy of this source's backups holds the whole database each time (aws/backup-copies.tsv). */
    static boolean fullCopies(String source) {
        return COPIES.get().stream().filter(r -> r.get("source").equals(source)).findFirst()
                .orElseThrow(() -> new IllegalStateException("backup-copies.tsv has no " + source)).get("copy").equals("full");
    }

    /** A value of defaults.tsv (shared with the Terraform writer): the addressing plan, the application port. */
    static String choice(String key) {
        return dev.cloudwright.model.ProviderDefaults.value(key);
    }
}

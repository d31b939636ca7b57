package dev.cloudwright.pricing;

import dev.cloudwright.core.InputException;
import dev.cloudwright.core.Problem;
import dev.cloudwright.core.Text;
import dev.cloudwright.model.Component;
import dev.cloudwright.model.Key;
import dev.cloudwright.model.Keys;
import dev.cloudwright.model.Setting;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The word-valued keys of a usage file (conversion {@code choice:a|b|c} in {@code aws/usage-keys.tsv}): the operating
 * system an instance runs and the reservation its hours are billed by, Infracost's {@code operating_system} and
 * {@code reserved_instance_*} keys. They set settings on the component, where the usage file wrote them: the operating
 * system ({@link Keys#OPERATING_SYSTEM}) and, from type, term and payment together, the commitment ({@link Keys#COMMITMENT}).
 */
final class UsageChoices {
    private static final String PREFIX = "choice:";

    /** Chosen values by component and setting name (the usage column of the key). */
    private final Map<String, Map<String, UsageFile.Value>> chosen = new TreeMap<>();
    private final List<Problem> problems = new ArrayList<>();

    static boolean isChoice(UsageFile.KeyDef def) {
        return def.conversion().startsWith(PREFIX);
    }

    static List<String> values(UsageFile.KeyDef def) {
        return Arrays.asList(def.conversion().substring(PREFIX.length()).split("\\|"));
    }

    void add(String component, UsageFile.KeyDef def, UsageFile.Value v) {
        List<String> allowed = values(def);
        if (!allowed.contains(v.text())) {
            problems.add(new Problem(v.at(), "`" + def.key() + "` must be one of " + String.join(", ", allowed) + ", found `" + v.text() + "`"
                    + Text.didYouMean(v.text(), allowed)));
            return;
        }
        chosen.computeIfAbsent(component, k -> new TreeMap<>()).put(def.usage(), v);
    }

    /** Throws the bad values, all at once. */
    void check() {
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
    }

    /** {@code c} with the settings its resources' usage chose; a reservation lacking its term or payment is a warning. */
    Component applyTo(Component c, List<UsageFile.Warning> warnings) {
        Map<String, UsageFile.Value> v = chosen.get(c.id());
        if (v == null) {
            return c;
        }
        Component.Builder b = c.toBuilder();
        UsageFile.Value os = v.get("operating_system");
        if (os != null) {
            set(b, Keys.OPERATING_SYSTEM, os.text(), os);
        }
        UsageFile.Value type = v.get("commitment_type");
        UsageFile.Value term = v.get("commitment_term");
        UsageFile.Value payment = v.get("commitment_payment");
        if (term != null && payment != null) {
            String words = "reserved-" + (type == null ? "standard" : type.text()) + " " + term.text().replace("_year", "y") + " "
                    + payment.text().replace('_', '-');
            set(b, Keys.COMMITMENT, words, term);
        } else if (term != null || payment != null || type != null) {
            UsageFile.Value given = term != null ? term : payment != null ? payment : type;
            warnings.add(new UsageFile.Warning(given.key(), "a reservation needs both reserved_instance_term and reserved_instance_payment_option:"
                    + " priced on demand"));
        }
        return b.build();
    }

    private static void set(Component.Builder b, Key<String> key, String value, UsageFile.Value from) {
        b.set(key, Setting.explicit(value, from.at()));
    }
}

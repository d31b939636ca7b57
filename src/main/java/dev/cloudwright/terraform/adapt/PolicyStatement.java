package dev.cloudwright.terraform.adapt;

import dev.cloudwright.terraform.hcl.Range;
import java.util.List;
import java.util.Map;

/**
 * One statement and where it is written. {@code known}: its effect, actions and principals are known offline, and
 * whether it has conditions; {@code conditionsKnown}: their values are too.
 */
record PolicyStatement(String sid, String effect, List<String> actions, boolean anyPrincipal, Map<String, Map<String, List<String>>> conditions,
        boolean known, boolean conditionsKnown, Range at, List<String> resources) {

    PolicyStatement(String sid, String effect, List<String> actions, boolean anyPrincipal, Map<String, Map<String, List<String>>> conditions,
            boolean known, boolean conditionsKnown, Range at) {
        this(sid, effect, actions, anyPrincipal, conditions, known, conditionsKnown, at, List.of());
    }

    /** An Allow whose resources include every resource ("*"); resources not known offline are taken to be particular ones. */
    boolean allowsOnAnyResource() {
        return known && "Allow".equals(effect) && resources.contains("*");
    }

    /** Whether an action of the statement (wildcards as IAM matches them, case aside) covers {@code action}. */
    boolean covers(String action) {
        for (String a : actions) {
            String pattern = "\\Q" + a.toLowerCase(java.util.Locale.ROOT).replace("*", "\\E.*\\Q").replace("?", "\\E.\\Q") + "\\E";
            if (action.toLowerCase(java.util.Locale.ROOT).matches(pattern)) {
                return true;
            }
        }
        return false;
    }

    /** A Deny for every principal and every S3 action when aws:SecureTransport is false: requests without TLS are refused. */
    boolean deniesInsecureTransport() {
        if (!known || !conditionsKnown || !"Deny".equals(effect) || !anyPrincipal || !(actions.contains("*") || actions.contains("s3:*"))) {
            return false;
        }
        for (Map.Entry<String, Map<String, List<String>>> test : conditions.entrySet()) {
            if (test.getKey().equals("Bool") || test.getKey().equals("BoolIfExists")) {
                for (Map.Entry<String, List<String>> v : test.getValue().entrySet()) {
                    if (v.getKey().equalsIgnoreCase("aws:SecureTransport") && v.getValue().equals(List.of("false"))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Whether it may be a Deny of insecure transport that is not known offline. */
    boolean tlsUndecided() {
        return !known || "Deny".equals(effect) && !conditionsKnown;
    }

    /** An Allow for every principal with no condition. */
    boolean allowsAnonymous() {
        return known && "Allow".equals(effect) && anyPrincipal && conditions.isEmpty();
    }

    PolicyStatement unknown() {
        return new PolicyStatement(sid, effect, actions, anyPrincipal, conditions, false, false, at, resources);
    }
}

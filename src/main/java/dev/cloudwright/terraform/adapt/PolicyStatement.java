package dev.cloudwright.terraform.adapt;

import dev.cloudwright.terraform.hcl.Range;
import java.util.List;
import java.util.Map;

/**
 * One statement and where it is written. {@code known}: its effect, actions and principals are known offline, and
 * whether it has conditions; {@code conditionsKnown}: their values are too.
 */
record PolicyStatement(String sid, String effect, List<String> actions, boolean anyPrincipal, Map<String, Map<String, List<String>>> conditions,
        boolean known, boolean conditionsKnown, Range at) {

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
        return new PolicyStatement(sid, effect, actions, anyPrincipal, conditions, false, false, at);
    }
}

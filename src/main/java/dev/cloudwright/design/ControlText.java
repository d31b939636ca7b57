package dev.cloudwright.design;

import dev.cloudwright.core.Fmt;
import dev.cloudwright.model.Architecture;
import dev.cloudwright.model.Component;
import dev.cloudwright.model.Keys;
import dev.cloudwright.requirements.Requirements;
import java.util.ArrayList;
import java.util.List;

/**
 * The placeholders of controls.tsv, filled from the architecture so that a control names only what the design has:
 * {@code {conformance-packs}}, {@code {public-endpoints}} (DNS and the front doors), {@code {tls-parts}} (the
 * connections that carry TLS), {@code {log-groups}} (the audit logs kept in CloudWatch Logs) and
 * {@code {archived-logs}} (those kept in the log archive).
 */
final class ControlText {
    private final Requirements req;
    private final Architecture arch;

    ControlText(Requirements req, Architecture arch) {
        this.req = req;
        this.arch = arch;
    }

    String fill(String text) {
        return text.replace("{conformance-packs}", String.join(", ", ProviderFacts.conformancePacks(req)))
                .replace("{public-endpoints}", Fmt.list(publicEndpoints()))
                .replace("{tls-parts}", String.join(", ", tlsParts()))
                .replace("{log-groups}", Fmt.list(logGroups()) + (logGroups().size() > 1 ? " logs in their" : " logs in its") + " CloudWatch Logs "
                        + (logGroups().size() > 1 ? "groups" : "group"))
                .replace("{archived-logs}", Fmt.list(archivedLogs()));
    }

    private boolean has(String service) {
        return arch.components().stream().anyMatch(c -> c.service().equals(service));
    }

    private List<String> publicEndpoints() {
        List<String> out = new ArrayList<>(List.of("DNS"));
        if (has("aws.cloudfront")) {
            out.add("the CDN");
        }
        if (has("aws.alb")) {
            out.add("the load balancer");
        } else if (has("aws.apigateway-http") || has("aws.apigateway-rest")) {
            out.add("the API");
        }
        return out;
    }

    private List<String> tlsParts() {
        List<String> front = new ArrayList<>();
        if (has("aws.cloudfront")) {
            front.add("the CDN");
        }
        if (has("aws.alb")) {
            front.add("the load balancer");
        }
        List<String> out = new ArrayList<>();
        if (!front.isEmpty()) {
            out.add(front.size() > 1 ? "the TLS policies of " + Fmt.list(front) : front.get(0) + "'s TLS policy");
        }
        if (!has("aws.alb") && (has("aws.apigateway-http") || has("aws.apigateway-rest"))) {
            out.add("the API endpoint's TLS 1.2 policy");
        }
        if (relational()) {
            out.add("database connections forced to TLS");
        }
        if (arch.components().stream().anyMatch(c -> c.role() == dev.cloudwright.model.Role.CACHE)) {
            out.add("cache in-transit encryption");
        }
        out.add("bucket policies denying plain HTTP");
        return out;
    }

    private boolean relational() {
        return arch.components().stream().anyMatch(c -> c.role() == dev.cloudwright.model.Role.DATABASE && !c.service().equals("aws.dynamodb"));
    }

    private List<String> logGroups() {
        List<String> out = new ArrayList<>();
        if (relational()) {
            out.add("the database");
        }
        if (has("aws.waf")) {
            out.add("web ACL");
        }
        if (has("aws.vpc")) {
            out.add("flow");
        }
        if (out.isEmpty()) {
            out.add("the API access");
        }
        return out;
    }

    private List<String> archivedLogs() {
        List<String> out = new ArrayList<>(List.of("the trail"));
        boolean access = arch.components().stream().anyMatch((Component c) -> c.isTrue(Keys.ACCESS_LOGS) || c.isTrue(Keys.ACCESS_LOGGING));
        if (access) {
            out.add("access logs");
        }
        return out;
    }
}

package dev.cloudwright.design;

import dev.cloudwright.core.Tsv;
import dev.cloudwright.model.Architecture;
import dev.cloudwright.model.Keys;
import dev.cloudwright.model.Role;
import dev.cloudwright.model.RegionPlan;
import dev.cloudwright.requirements.Requirements;
import dev.cloudwright.requirements.Requirements.Compliance;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Lays out the security controls of a design and checks the compliance requirements in scope against them. */
final class SecurityPlanner {

    SecurityPlan plan(Requirements req, Architecture arch, Plan p) {
        List<SecurityPlan.Control> controls = new ArrayList<>();
        Set<String> ids = new LinkedHashSet<>();
        ControlText texts = new ControlText(req, arch);
        for (Tsv.Row r : Tsv.resource("dev/cloudwright/aws/controls.tsv")) {
            if (!ids.contains(r.get("id")) && applies(r.get("when"), req, arch, p)) {
                ids.add(r.get("id"));
                String text = texts.fill(r.get("control"));
                controls.add(new SecurityPlan.Control(r.get("id"), r.get("layer"), text, scope(r), Arrays.asList(r.get("tags").split(","))));
            }
        }
        List<String> residency = residency(req, arch);
        List<SecurityPlan.RequirementStatus> statuses = new ArrayList<>();
        for (Tsv.Row r : Tsv.resource("dev/cloudwright/compliance/requirements.tsv")) {
            String fw = r.get("framework");
            if (req.compliance().stream().noneMatch(c -> c.id().equals(fw))) {
                continue;
            }
            Set<String> tags = new LinkedHashSet<>(Arrays.asList(r.get("tags").split(",")));
            SecurityPlan.Status status;
            String how;
            if (tags.contains("data-residency")) {
                boolean violated = residency.stream().anyMatch(s -> s.startsWith("Violation"));
                status = violated ? SecurityPlan.Status.VIOLATED : SecurityPlan.Status.ADDRESSED;
                how = violated ? String.join(" ", residency)
                        : req.dataResidency() != null ? "All regions are in the `" + req.dataResidency() + "` geography."
                                : "No residency constraint set; transfers outside the EU need Chapter V safeguards (see escalations).";
                if (req.dataResidency() == null && arch.regions().stream().anyMatch(rp -> !rp.geography().equals("eu"))) {
                    status = SecurityPlan.Status.ORGANISATION;
                }
            } else {
                List<String> design = new ArrayList<>();
                List<String> org = new ArrayList<>();
                for (SecurityPlan.Control c : controls) {
                    if (c.tags().stream().anyMatch(tags::contains)) {
                        (c.scope() == SecurityPlan.Scope.DESIGN ? design : org).add(c.control());
                    }
                }
                if (!design.isEmpty()) {
                    status = SecurityPlan.Status.ADDRESSED;
                    how = shorten(design.get(0)) + (design.size() > 1 ? " (+" + (design.size() - 1) + " more)" : "");
                } else if (!org.isEmpty()) {
                    status = SecurityPlan.Status.ORGANISATION;
                    how = shorten(org.get(0));
                } else {
                    status = SecurityPlan.Status.GAP;
                    how = "No control in this design answers it.";
                }
            }
            statuses.add(new SecurityPlan.RequirementStatus(fw, r.get("id"), r.get("requirement"), status, how, r.get("source")));
        }
        return new SecurityPlan(controls, statuses, residency);
    }

    private static String shorten(String s) {
        return s.length() <= 110 ? s : s.substring(0, s.lastIndexOf(' ', 107)) + "...";
    }

    /** A {@code when} of controls.tsv: conditions joined by {@code +} (all hold), each a choice of {@code |} alternatives, {@code !} negates one. */
    static boolean applies(String when, Requirements req, Architecture arch, Plan p) {
        for (String term : when.split("\\+")) {
            boolean any = false;
            for (String alt : term.split("\\|")) {
                boolean negated = alt.startsWith("!");
                any |= condition(negated ? alt.substring(1) : alt, req, arch, p) != negated;
            }
            if (!any) {
                return false;
            }
        }
        return true;
    }

    private static boolean condition(String when, Requirements req, Architecture arch, Plan p) {
        return switch (when) {
            case "always" -> true;
            case "production" -> req.production();
            case "compliance" -> !req.compliance().isEmpty();
            case "relational" -> p.relational() != null;
            case "postgresql" -> p.relational() != null && p.relational().engine() == dev.cloudwright.model.Engine.POSTGRESQL;
            case "cache" -> p.cache() != null;
            case "cache-at-rest" -> arch.components(Role.CACHE).stream().anyMatch(c -> c.isTrue(Keys.ENCRYPTED_AT_REST));
            case "cdn" -> p.cdn();
            case "vpc" -> arch.components().stream().anyMatch(c -> c.service().equals("aws.vpc"));
            case "waf" -> arch.components().stream().anyMatch(c -> c.service().equals("aws.waf"));
            case "waf-wanted" -> p.waf();
            case "locks" -> req.production() && !req.compliance().isEmpty();
            case "data-access" -> AuditLogging.of(req).dataAccess();
            case "alb" -> arch.components().stream().anyMatch(c -> c.service().equals("aws.alb"));
            case "multi-region" -> arch.regions().size() > 1;
            default -> req.compliance().stream().anyMatch(c -> c.id().equals(when));
        };
    }

    /** Data-residency findings: violations first, then notes. */
    static List<String> residency(Requirements req, Architecture arch) {
        List<String> out = new ArrayList<>();
        String want = req.dataResidency();
        if (want != null) {
            for (RegionPlan r : arch.regions()) {
                if (!r.geography().equals(want)) {
                    String role = r.part() == RegionPlan.Part.PRIMARY ? "the primary region" : "the " + r.part().name().toLowerCase(Locale.ROOT) + " region";
                    out.add(String.format(Locale.ROOT, "Violation: %s %s (%s) stores data in `%s`, outside the required `%s` geography.",
                            role, r.region(), r.name(), r.geography(), want));
                }
            }
        } else if (req.has(Compliance.GDPR)) {
            for (RegionPlan r : arch.regions()) {
                if (!r.geography().equals("eu")) {
                    out.add(String.format(Locale.ROOT, "Note: %s (%s) is outside the EU; personal data stored or replicated there "
                            + "is a transfer under GDPR Chapter V (adequacy decision or standard contractual clauses).", r.region(), r.name()));
                }
            }
        }
        return out;
    }

    private static SecurityPlan.Scope scope(dev.cloudwright.core.Tsv.Row r) {
        return switch (r.get("scope")) {
            case "design" -> SecurityPlan.Scope.DESIGN;
            case "organisation" -> SecurityPlan.Scope.ORGANISATION;
            default -> throw new dev.cloudwright.core.DataFileException(r.file() + ":" + r.line() + ": scope is design or organisation, not " + r.get("scope"));
        };
    }
}

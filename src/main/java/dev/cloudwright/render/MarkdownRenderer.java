package dev.cloudwright.render;

import dev.cloudwright.core.Fmt;
import dev.cloudwright.model.Engine;
import dev.cloudwright.design.Assumptions;
import dev.cloudwright.design.Capacity;
import dev.cloudwright.design.ComputeOption;
import dev.cloudwright.design.Design;
import dev.cloudwright.design.SecurityPlan;
import dev.cloudwright.model.Component;
import dev.cloudwright.model.Key;
import dev.cloudwright.model.Keys;
import dev.cloudwright.model.Setting;
import dev.cloudwright.model.RegionPlan;
import dev.cloudwright.model.ServiceCatalog;
import dev.cloudwright.model.Sizing;
import dev.cloudwright.pricing.ComponentCost;
import dev.cloudwright.pricing.CostLine;
import dev.cloudwright.pricing.CostReport;
import dev.cloudwright.pricing.BudgetVerdict;
import dev.cloudwright.pricing.Opportunity;
import dev.cloudwright.requirements.Requirements;
import dev.cloudwright.resilience.AvailabilityEstimate;
import dev.cloudwright.resilience.DrPlan;
import dev.cloudwright.resilience.RecoveryStep;
import dev.cloudwright.resilience.StrategyEvaluation;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.Locale;
import java.util.Map;

/** Renders a design as the architecture design document (DESIGN.md). Formatting only: every figure comes from the design. */
public final class MarkdownRenderer {
    private final StringBuilder out = new StringBuilder(64 * 1024);
    private final ServiceCatalog services = ServiceCatalog.aws();

    public static String render(Design d) {
        MarkdownRenderer r = new MarkdownRenderer();
        r.document(d);
        return r.out.toString();
    }

    private void document(Design d) {
        Requirements req = d.requirements();
        line("# Cloud Architecture Design: " + d.name());
        line();
        header(d);
        summary(d);
        if (!d.warnings().isEmpty()) {
            h2("Warnings");
            d.warnings().forEach(w -> line("- " + w));
            line();
        }
        h2("Architecture diagram");
        line("```text");
        out.append(new AsciiDiagram().draw(d.architecture()));
        line("```");
        line();
        capacity(d.capacity(), req);
        components(d);
        disasterRecovery(d.disasterRecovery(), d.architecture().regions().get(0).region());
        availability(d.availability(), d.availabilityOptions());
        cost(d.cost(), d);
        security(d.security(), req);
        wellArchitected(d);
        escalations(d);
        decisions(d);
        assumptions(d);
    }

    private void header(Design d) {
        Requirements req = d.requirements();
        List<String> regions = new ArrayList<>();
        for (RegionPlan r : d.architecture().regions()) {
            regions.add(r.region() + " " + r.name() + " (" + part(r.part()) + ")");
        }
        table(List.of("", ""), List.of(
                List.of("**Project**", d.name()),
                List.of("**Cloud provider**", "AWS"),
                List.of("**Regions**", String.join("; ", regions)),
                List.of("**Environment**", lower(req.environment())),
                List.of("**Scale**", scale(d)),
                List.of("**Availability target**", Fmt.availability(req.availability()) + " a month"),
                List.of("**Recovery objectives**", "RPO " + Fmt.duration(req.recovery().rpoSeconds()) + ", RTO "
                        + Fmt.duration(req.recovery().rtoSeconds())),
                List.of("**Compliance**", req.compliance().isEmpty() ? "none stated"
                        : String.join(", ", req.compliance().stream().map(Requirements.Compliance::title).toList())),
                List.of("**Data residency**", req.dataResidency() == null ? "none stated" : "`" + req.dataResidency() + "`"),
                List.of("**Monthly cost**", Fmt.usd(d.cost().monthlyUsd()) + " on demand" + (d.cost().budget() == null ? ""
                        : " (budget " + Fmt.usd(d.cost().budget().budgetUsd()) + ": " + (d.cost().budget().within() ? "within" : "over") + ")"))));
    }

    private static String scale(Design d) {
        Requirements.Workload w = d.requirements().workload();
        List<String> parts = new ArrayList<>();
        if (w.requestsPerDay() > 0) {
            parts.add(Fmt.count(w.requestsPerDay()) + " requests/day");
        }
        if (w.concurrentUsers() > 0) {
            parts.add(Fmt.count(w.concurrentUsers()) + " concurrent users");
        }
        parts.add("designed for " + Fmt.count(d.capacity().peakRps()) + " requests/s at peak");
        return String.join(", ", parts);
    }

    private void summary(Design d) {
        h2("Summary");
        ComputeOption c = d.compute().chosen();
        line("- **Compute:** " + title(c) + ": " + c.summary() + ".");
        if (d.data().relational() != null) {
            var r = d.data().relational();
            line("- **Database:** " + (r.service().equals("aws.aurora") ? "Aurora " : "RDS ") + r.engine().title()
                    + " on " + r.instanceClass().sku() + (r.service().equals("aws.aurora") ? ", 1 writer + " + r.readers() + " reader" + plural(r.readers())
                            : (r.multiAz() ? ", Multi-AZ" : ", Single-AZ") + (r.readers() > 0 ? ", " + r.readers() + " read replica" + plural(r.readers()) : ""))
                    + ".");
        } else if (d.data().keyValue() != null) {
            line("- **Database:** DynamoDB on-demand" + (d.architecture().regions().size() > 1 ? " global table" : "") + ".");
        }
        if (d.data().cache() != null) {
            var k = d.data().cache();
            line(String.format(Locale.ROOT, "- **Cache:** %s, %d x %s.", k.engine() == Engine.MEMCACHED ? "ElastiCache Memcached" : "ElastiCache Redis",
                    k.nodes(), k.node().sku()));
        }
        DrPlan dr = d.disasterRecovery();
        StrategyEvaluation e = dr.chosen();
        line(String.format(Locale.ROOT, "- **Disaster recovery:** %s%s: RPO %s, RTO %s (%s).", dr.strategy().title(),
                dr.recoveryRegion() == null ? "" : " into " + dr.recoveryRegion(), Fmt.duration(e.rpoSeconds()), Fmt.minutes(e.rtoMinutes()),
                dr.met() ? "meets the targets" : "**does not meet the targets**"));
        line(String.format(Locale.ROOT, "- **Availability:** composite of provider SLAs %s against a %s target.",
                Fmt.availability(d.availability().compositePercent()), Fmt.availability(d.availability().targetPercent())));
        CostReport cost = d.cost();
        line(String.format(Locale.ROOT, "- **Cost:** %s a month on demand; %s after the optimisation opportunities.", Fmt.usd(cost.monthlyUsd()),
                Fmt.usd(cost.optimisedUsd())) + (cost.budget() == null ? "" : " " + cost.budget().summary())
                + (d.otherBasis() == null ? "" : String.format(Locale.ROOT, " Priced on the `%s` estimate it is sized for; the `%s` estimate gives %s.",
                        d.capacity().basis(), d.otherBasis().basis(), Fmt.usd(d.otherBasis().monthlyUsd()))));
        long blocking = d.escalations().stream().filter(x -> x.severity() == Design.Escalation.Severity.BLOCKING).count();
        if (!d.escalations().isEmpty()) {
            line(String.format(Locale.ROOT, "- **Escalations:** %d (%d blocking): %s.", d.escalations().size(), blocking,
                    String.join("; ", d.escalations().stream().map(Design.Escalation::topic).toList())));
        }
        line();
    }

    private void capacity(Capacity c, Requirements req) {
        h2("Capacity");
        Requirements.Workload w = req.workload();
        List<List<String>> rows = new ArrayList<>();
        if (w.requestsPerDay() > 0) {
            rows.add(List.of("Average rate from daily volume", Fmt.count(w.requestsPerDay()) + " / 86,400 s", Fmt.num(c.avgRpsFromVolume()) + " requests/s"));
            rows.add(List.of("Peak from daily volume", "average x peak factor " + Fmt.num(w.peakFactor()), Fmt.num(c.peakRpsFromVolume()) + " requests/s"));
        }
        if (w.concurrentUsers() > 0) {
            rows.add(List.of("Peak from concurrent users (Little's law)", String.format(Locale.ROOT, "%s users / (%s s response + %s s think time)",
                    Fmt.count(w.concurrentUsers()), Fmt.num(c.inFlight() / Math.max(1e-9, c.peakRps())), Fmt.num(w.thinkTimeSeconds())),
                    Fmt.num(c.peakRpsFromUsers()) + " requests/s"));
        }
        rows.add(List.of("**Design peak**", "the larger estimate (" + c.basis() + ")", "**" + Fmt.num(c.peakRps()) + " requests/s**"));
        rows.add(List.of("Design average", "larger of the volume average and peak / peak factor", Fmt.num(c.avgRps()) + " requests/s"));
        rows.add(List.of("Requests in flight at peak", "peak x response time", Fmt.num(c.inFlight())));
        rows.add(List.of("Requests per month (sized and priced)", "design average x 730 hours", Fmt.count(c.monthlyRequests())));
        if (c.otherMonthlyRequests() > 0) {
            rows.add(List.of("Requests per month on the other basis", "not used: the design prices the traffic it is sized for",
                    Fmt.count(c.otherMonthlyRequests())));
        }
        rows.add(List.of("vCPUs at peak", "peak / (requests per vCPU x target utilisation)", Fmt.num(c.peakVcpu())));
        rows.add(List.of("vCPUs at average", "average / (requests per vCPU x target utilisation)", Fmt.num(c.avgVcpu())));
        rows.add(List.of("Data sent to clients", "requests x " + Fmt.num(w.avgResponseKb()) + " KB", Fmt.count(c.egressGbPerMonth()) + " GB/month"));
        table(List.of("Quantity", "How", "Value"), rows);
    }

    private void components(Design d) {
        h2("Key components");
        for (RegionPlan r : d.architecture().regions()) {
            List<Component> cs = d.architecture().inRegion(r.region());
            if (cs.isEmpty()) {
                continue;
            }
            h3(r.region() + " (" + part(r.part()) + ")");
            componentTable(cs);
        }
        List<Component> global = d.architecture().components(c -> c.placement().isGlobal());
        if (!global.isEmpty()) {
            h3("Global");
            componentTable(global);
        }
        if (d.data().objectStorage() != null) {
            line("Object storage: " + d.data().objectStorage());
            line();
        }
    }

    private void componentTable(List<Component> cs) {
        List<List<String>> rows = new ArrayList<>();
        for (Component c : cs) {
            rows.add(List.of("`" + c.id() + "`", c.role().title(), services.get(c.service()).name(), sizing(c.sizing()), details(c)));
        }
        table(List.of("Component", "Role", "Service", "Sizing", "Configuration"), rows);
    }

    private static String sizing(Sizing s) {
        List<String> p = new ArrayList<>();
        if (s.sku() != null) {
            p.add(s.sku());
        }
        if (s.vcpu() != null && s.memoryGb() != null) {
            p.add(Fmt.num(s.vcpu()) + " vCPU / " + Fmt.num(s.memoryGb()) + " GB");
        }
        if (s.shards() != null) {
            p.add(s.shards() + " shard" + plural(s.shards()) + " x " + Fmt.plural(1 + s.replicas(), "node"));
        } else if (s.count() != null) {
            p.add("count " + s.count());
        }
        if (s.min() != null) {
            p.add("min " + s.min() + ", max " + s.max());
        }
        if (s.replicas() != null && s.shards() == null && s.replicas() > 0) {
            p.add(s.replicas() + " replica" + plural(s.replicas()));
        }
        if (s.storageGb() != null && s.storageGb() > 0) {
            p.add(Fmt.count(s.storageGb()) + " GB");
        }
        if (s.scaling() != null) {
            p.add(s.scaling());
        }
        return p.isEmpty() ? "-" : String.join("; ", p);
    }

    /** Protection settings are summarised after the others; price inputs are not shown. */
    private static final Set<Key<?>> NOT_LISTED = Set.of(Keys.PRICE_GEOGRAPHY, Keys.BACKUP_SOURCE, Keys.ENCRYPTED_AT_REST, Keys.KMS_KEY,
            Keys.ENCRYPTED_IN_TRANSIT, Keys.PUBLIC_ENDPOINT, Keys.BACKUP_RETENTION_DAYS, Keys.POINT_IN_TIME_RECOVERY, Keys.VERSIONING,
            Keys.DELETION_PROTECTION, Keys.COPY_TO_REGION);

    private static String details(Component c) {
        List<String> p = new ArrayList<>();
        c.settings().forEach((name, setting) -> {
            Key<?> k = Keys.byName(name).orElseThrow();
            if (!NOT_LISTED.contains(k)) {
                p.add(name.replace('_', ' ') + ": " + words(k, setting));
            }
        });
        if (c.isTrue(Keys.ENCRYPTED_AT_REST)) {
            p.add("encrypted at rest" + (c.value(Keys.KMS_KEY) != null ? " (" + c.value(Keys.KMS_KEY) + ")" : ""));
        }
        if (c.isTrue(Keys.ENCRYPTED_IN_TRANSIT)) {
            p.add("TLS in transit");
        }
        int backups = c.valueOr(Keys.BACKUP_RETENTION_DAYS, 0);
        if (backups > 0) {
            p.add("backups " + Fmt.plural(backups, "day") + (c.isTrue(Keys.POINT_IN_TIME_RECOVERY) ? " with PITR" : ""));
        }
        if (c.isTrue(Keys.VERSIONING)) {
            p.add("versioning");
        }
        if (c.isTrue(Keys.DELETION_PROTECTION)) {
            p.add("deletion protection");
        }
        return p.isEmpty() ? "-" : String.join("; ", p);
    }

    @SuppressWarnings("unchecked")
    private static <T> String words(Key<T> k, Setting<?> s) {
        return s.known() ? k.words((T) s.value()) : "not known (" + s.basis() + ")";
    }

    private void disasterRecovery(DrPlan dr, String primary) {
        h2("Disaster recovery");
        table(List.of("", ""), List.of(
                List.of("**RPO target**", Fmt.duration(dr.targetRpoSeconds())),
                List.of("**RTO target**", Fmt.duration(dr.targetRtoSeconds())),
                List.of("**Strategy**", dr.strategy().title() + " (Resilience Hub: `" + dr.strategy().resilienceHubApproach() + "`)"),
                List.of("**Recovery region**", dr.recoveryRegion() == null ? "none" : dr.recoveryRegion() + (dr.regionProvided() ? "" : " (proposed)")),
                List.of("**Achieved**", "RPO " + Fmt.duration(dr.chosen().rpoSeconds()) + ", RTO " + Fmt.minutes(dr.chosen().rtoMinutes())
                        + (dr.met() ? " - meets both targets" : " - **does not meet the targets**"))));
        line(dr.reason());
        line();
        h3("Strategies considered");
        List<List<String>> rows = new ArrayList<>();
        for (StrategyEvaluation e : dr.evaluations()) {
            rows.add(List.of(e.strategy() == dr.strategy() ? "**" + e.strategy().title() + "**" : e.strategy().title(),
                    Fmt.duration(e.rpoSeconds()), Fmt.minutes(e.rtoMinutes()),
                    dr.recoveryRegion() == null ? "-" : Fmt.usd(e.monthlyUsd()), e.meets() ? "yes" : "no", e.rpoBasis()));
        }
        table(List.of("Strategy", "RPO", "RTO", "Added monthly cost", "Meets targets", "RPO set by"), rows);
        h3("Failover procedure");
        if (dr.recoveryRegion() == null) {
            line("There is no recovery region: a regional outage lasts until the region returns; data lost in it is restored from the "
                    + "in-region backups (`aws backup start-restore-job --region " + primary + " --recovery-point-arn <arn> ...`).");
            line();
            h3("Backup strategy");
            dr.backups().forEach(b -> line("- " + b));
            line();
            dr.notes().forEach(n -> line("> " + n));
            line();
            return;
        }
        List<List<String>> steps = new ArrayList<>();
        double total = 0;
        for (RecoveryStep s : dr.chosen().steps()) {
            steps.add(List.of(String.valueOf(s.order()), s.action(), Fmt.minutes(s.minutes()) + (s.counted() ? "" : " (while serving)"),
                    (s.automated() ? "automated: " : "manual: ") + code(s.command(primary, dr.recoveryRegion(), null))));
            if (s.counted()) {
                total += s.minutes();
            }
        }
        steps.add(List.of("", "**Total recovery time**", "**" + Fmt.minutes(total) + "**", ""));
        table(List.of("#", "Step", "Time", "How"), steps);
        h3("Backup strategy");
        dr.backups().forEach(b -> line("- " + b));
        line();
        dr.notes().forEach(n -> line("> " + n));
        line();
    }

    /** A shell command in code format; words as they are. */
    private static String code(String command) {
        return dev.cloudwright.core.Text.isShellCommand(command) ? "`" + command + "`" : command;
    }

    private void availability(AvailabilityEstimate a, List<Design.AvailabilityOption> options) {
        h2("Availability");
        line(String.format(Locale.ROOT, "Composite of the published SLAs on the request path: **%s** (global tier %s x regional tier %s%s), "
                        + "against a target of %s. That allows %s of downtime in a 30-day month; the target allows %s. %s",
                Fmt.availability(a.compositePercent()), Fmt.availability(a.globalPercent()), Fmt.availability(a.regionPercent()),
                a.servingRegions() > 1 ? " in " + a.servingRegions() + " regions serving in parallel" : "", Fmt.availability(a.targetPercent()),
                Fmt.minutes(a.downtimeMinutes()), Fmt.minutes(a.budgetMinutes()),
                a.meetsTarget() ? "The commitments cover the target." : "The commitments fall short of the target; the limiting one is " + a.limitingTerm() + "."));
        line();
        List<List<String>> rows = new ArrayList<>();
        for (AvailabilityEstimate.Term t : a.terms()) {
            rows.add(List.of("`" + t.component() + "`", t.service(), t.tier(), t.slaPercent() + "%", t.source()));
        }
        table(List.of("Component", "Service", "Tier", "SLA", "Source"), rows);
        if (!options.isEmpty()) {
            line("Each service may meet the target on its own; on one request path their SLAs multiply. Changes that raise the composite, "
                    + "cheapest first:");
            line();
            List<List<String>> opts = new ArrayList<>();
            for (Design.AvailabilityOption o : options) {
                opts.add(List.of(o.change(), Fmt.availability(o.compositePercent()), o.meetsTarget() ? "yes" : "no", "+" + Fmt.usd(o.monthlyUsd())));
            }
            table(List.of("Change", "Composite", "Meets the target", "Monthly"), opts);
        }
        line("> SLAs are financial commitments, not predictions of uptime. Serial dependencies multiply; parallel regions assume independent "
                + "failures and perfect failover.");
        line();
    }

    private void cost(CostReport c, Design d) {
        h2("Cost report");
        line(String.format(Locale.ROOT, "**Monthly cost: %s** on demand; **%s** after the optimisation opportunities below.", Fmt.usd(c.monthlyUsd()),
                Fmt.usd(c.optimisedUsd())));
        line();
        if (d.otherBasis() != null) {
            Design.OtherBasis o = d.otherBasis();
            line(String.format(Locale.ROOT, "Priced for %s requests a month: the `%s` estimate, the traffic the design is sized for. If the `%s` "
                            + "estimate is right (%s requests a month), the same design costs **%s** a month.", Fmt.count(d.capacity().monthlyRequests()),
                    d.capacity().basis(), o.basis(), Fmt.count(o.monthlyRequests()), Fmt.usd(o.monthlyUsd())));
            line();
        }
        h3("Breakdown by service");
        List<List<String>> rows = new ArrayList<>();
        for (CostReport.Share s : c.byService()) {
            rows.add(List.of(s.name(), Fmt.usd(s.monthlyUsd()), Fmt.pct(s.fraction())));
        }
        rows.add(List.of("**Total**", "**" + Fmt.usd(c.monthlyUsd()) + "**", "100.0%"));
        table(List.of("Service", "Monthly", "% of total"), rows);
        if (c.byRegion().size() > 1) {
            h3("By region");
            List<List<String>> rr = new ArrayList<>();
            for (CostReport.Share s : c.byRegion()) {
                rr.add(List.of(s.name(), Fmt.usd(s.monthlyUsd()), Fmt.pct(s.fraction())));
            }
            table(List.of("Region", "Monthly", "% of total"), rr);
        }
        h3("Optimisation opportunities");
        if (c.opportunities().isEmpty()) {
            line("None found.");
            line();
        } else {
            List<List<String>> o = new ArrayList<>();
            for (Opportunity op : c.opportunities()) {
                o.add(List.of("**" + op.title() + "**: " + op.action(), Fmt.usd(op.monthlyUsd()), op.tradeOff()));
            }
            o.add(List.of("**Total**", "**" + Fmt.usd(c.monthlyUsd() - c.optimisedUsd()) + "**", ""));
            table(List.of("Opportunity", "Saving / month", "Trade-off"), o);
            line("Each saving is computed on what remains after the opportunities above it, so they add up.");
            line();
        }
        if (c.budget() != null) {
            h3("Budget");
            line(c.budget().summary());
            line();
            if (!c.budget().changes().isEmpty()) {
                List<List<String>> ch = new ArrayList<>();
                for (Opportunity op : c.budget().changes()) {
                    ch.add(List.of(op.title(), Fmt.usd(op.monthlyUsd()), op.tradeOff()));
                }
                ch.add(List.of("**Cost after these changes**", "**" + Fmt.usd(c.budget().afterUsd()) + "**", ""));
                table(List.of("Change", "Saving / month", "Trade-off"), ch);
            }
            BudgetVerdict.Floor floor = c.budget().floor();
            if (floor != null && c.budget().fits() && floor.changes().size() > c.budget().changes().size() && !floor.requirements().isEmpty()) {
                line(String.format(Locale.ROOT, "The cheapest design that keeps %s costs %s a month, with all %d changes that keep them "
                        + "(the opportunities and trade-offs) applied.", Fmt.list(floor.requirements()), Fmt.usd(floor.monthlyUsd()), floor.changes().size()));
                line();
            }
            if (floor != null) {
                if (!floor.withinBudget() && !floor.relaxations().isEmpty()) {
                    List<List<String>> rl = new ArrayList<>();
                    for (Opportunity op : floor.relaxations()) {
                        rl.add(List.of(op.title(), Fmt.usd(op.monthlyUsd()), op.tradeOff()));
                    }
                    line("Below that only by relaxing a requirement:");
                    line();
                    table(List.of("Relaxation", "Saving / month", "What is given up"), rl);
                }
            }
        }
        h3("Line items");
        List<List<String>> li = new ArrayList<>();
        for (ComponentCost cc : c.components()) {
            if (cc.lines().isEmpty()) {
                li.add(List.of("`" + cc.componentId() + "`", cc.serviceName(), "no charge", "", "", Fmt.usd(0)));
                continue;
            }
            for (CostLine l : cc.lines()) {
                li.add(List.of("`" + cc.componentId() + "`", l.name(), Fmt.num(round(l.quantity())) + " " + l.unit(),
                        Fmt.price(l.unitUsd()), note(l, cc),
                        Fmt.usd(l.monthlyUsd())));
            }
        }
        table(List.of("Component", "Charge", "Quantity", "Unit price", "Note", "Monthly"), li);
        c.notes().forEach(n -> line("> " + n));
        line();
        h3("Price sources");
        List<List<String>> ps = new ArrayList<>();
        for (CostReport.PriceSource s : c.sources()) {
            ps.add(List.of("`" + s.key() + "`", s.region(), Fmt.price(s.usd()) + " / " + s.unit(), s.source(), s.date()));
        }
        table(List.of("Price", "Region", "First-tier price", "Source", "Date"), ps);
    }

    private static String note(CostLine l, ComponentCost cc) {
        if (l.unpriced()) {
            return "no catalog price";
        }
        if (l.priceRegion().equals(cc.region()) || l.priceRegion().equals("global") || cc.region().equals("global")) {
            return "";
        }
        return l.priceRegion() + " price";
    }

    private static double round(double q) {
        return q >= 100 ? Math.round(q) : Math.round(q * 100) / 100.0;
    }

    private void security(SecurityPlan s, Requirements req) {
        h2("Security architecture");
        line("Defence in depth, layer by layer. Every other control is written in the generated Terraform; *organisation* marks the user's tasks: "
                + "processes, agreements and steps the Terraform does not perform.");
        line();
        Map<String, List<SecurityPlan.Control>> byLayer = new java.util.LinkedHashMap<>();
        s.controls().forEach(c -> byLayer.computeIfAbsent(c.layer(), k -> new ArrayList<>()).add(c));
        int n = 1;
        for (Map.Entry<String, List<SecurityPlan.Control>> e : byLayer.entrySet()) {
            h3(n++ + ". " + e.getKey());
            for (SecurityPlan.Control c : e.getValue()) {
                line("- " + c.control() + (c.scope() == SecurityPlan.Scope.ORGANISATION ? " *(organisation)*" : ""));
            }
            line();
        }
        if (!s.residency().isEmpty()) {
            h3("Data residency");
            s.residency().forEach(r -> line("- " + r));
            line();
        }
        if (!s.compliance().isEmpty()) {
            h3("Compliance mapping");
            List<List<String>> rows = new ArrayList<>();
            for (SecurityPlan.RequirementStatus r : s.compliance()) {
                rows.add(List.of(frameworkTitle(r.framework()) + " " + r.id(), r.requirement(),
                        r.status() == SecurityPlan.Status.VIOLATED ? "**violated**" : r.status().word(), r.how()));
            }
            table(List.of("Requirement", "What it asks", "Status", "How"), rows);
        }
    }

    private static String frameworkTitle(String id) {
        for (Requirements.Compliance c : Requirements.Compliance.values()) {
            if (c.id().equals(id)) {
                return c.title();
            }
        }
        return id;
    }

    private void wellArchitected(Design d) {
        h2("Well-Architected summary");
        for (Design.Pillar p : d.wellArchitected()) {
            h3(p.pillar());
            p.addressed().forEach(a -> line("- " + a));
            p.risks().forEach(r -> line("- *Risk:* " + r));
            line();
        }
    }

    private void escalations(Design d) {
        h2("Escalations");
        if (d.escalations().isEmpty()) {
            line("None: no decision here needs sign-off beyond the architect's.");
            line();
            return;
        }
        List<List<String>> rows = new ArrayList<>();
        for (Design.Escalation e : d.escalations()) {
            rows.add(List.of(e.topic(), e.severity() == Design.Escalation.Severity.BLOCKING ? "**blocking**" : e.severity().word(), e.owner(), e.reason()));
        }
        table(List.of("Topic", "Severity", "Owner", "Why"), rows);
    }

    private void decisions(Design d) {
        h2("Decisions");
        int n = 1;
        for (Design.Decision dec : d.decisions()) {
            h3(n++ + ". " + dec.title() + ": " + dec.chosen());
            line(dec.rationale());
            line();
            if (!dec.alternatives().isEmpty()) {
                List<List<String>> rows = new ArrayList<>();
                for (Design.Alternative a : dec.alternatives()) {
                    rows.add(List.of(a.chosen() ? "**" + a.option() + "** (chosen)" : a.option(),
                            a.monthlyUsd() == null ? "-" : Fmt.usd(a.monthlyUsd()), a.tradeOff()));
                }
                table(List.of("Option", "Monthly", "Trade-off"), rows);
            }
        }
    }

    private void assumptions(Design d) {
        h2("Assumptions");
        if (!d.workloadDefaults().isEmpty()) {
            line("Requirements not given in the file, defaulted:");
            line();
            List<List<String>> rows = new ArrayList<>();
            for (Design.WorkloadDefault w : d.workloadDefaults()) {
                rows.add(List.of("`" + w.key() + "`", w.value(), w.meaning()));
            }
            table(List.of("Key", "Default", "Meaning"), rows);
        }
        line("Design assumptions used (override any of them under `assumptions:` in the requirements file):");
        line();
        List<List<String>> rows = new ArrayList<>();
        for (Assumptions.Use u : d.assumptions()) {
            rows.add(List.of("`" + u.key() + "`", Fmt.num(u.value()) + " " + u.unit() + (u.overridden() ? " (set in the file)" : ""), u.description(),
                    u.source()));
        }
        table(List.of("Assumption", "Value", "Meaning", "Basis"), rows);
    }

    // ------------------------------------------------------------------ helpers

    private static String title(ComputeOption c) {
        return switch (c.style()) {
            case SERVERLESS -> "serverless (Lambda behind API Gateway)";
            case CONTAINERS -> "containers (ECS on Fargate behind an ALB)";
            case KUBERNETES -> "Kubernetes (EKS behind an ALB)";
            case VMS -> "virtual machines (EC2 Auto Scaling behind an ALB)";
            default -> "auto";
        };
    }

    private static String part(RegionPlan.Part p) {
        return switch (p) {
            case PRIMARY -> "primary";
            case ACTIVE -> "active";
            case STANDBY -> "standby";
            case RECOVERY -> "recovery";
            case PEER -> "peer";
        };
    }

    private static String plural(int n) {
        return n == 1 ? "" : "s";
    }

    private static String lower(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }

    private void h2(String s) {
        line("## " + s);
        line();
    }

    private void h3(String s) {
        line("### " + s);
        line();
    }

    private void line(String s) {
        out.append(s).append('\n');
    }

    private void line() {
        out.append('\n');
    }

    private void table(List<String> header, List<List<String>> rows) {
        out.append('|');
        header.forEach(h -> out.append(' ').append(cell(h)).append(" |"));
        out.append('\n').append('|');
        header.forEach(h -> out.append("---|"));
        out.append('\n');
        for (List<String> r : rows) {
            out.append('|');
            r.forEach(c -> out.append(' ').append(cell(c)).append(" |"));
            out.append('\n');
        }
        out.append('\n');
    }

    private static String cell(String s) {
        return s == null ? "" : s.replace("|", "\\|").replace("\n", " ");
    }
}

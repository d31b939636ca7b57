package dev.cloudwright.design;

import dev.cloudwright.core.Fmt;
import dev.cloudwright.model.Engine;
import dev.cloudwright.model.Architecture;
import dev.cloudwright.model.Component;
import dev.cloudwright.model.Keys;
import dev.cloudwright.model.Role;
import dev.cloudwright.model.Usage;
import dev.cloudwright.pricing.CostEstimator;
import dev.cloudwright.pricing.PriceKeys;
import dev.cloudwright.pricing.CostReport;
import dev.cloudwright.requirements.Requirements;
import dev.cloudwright.requirements.Requirements.Compliance;
import dev.cloudwright.requirements.Requirements.Style;
import dev.cloudwright.resilience.AvailabilityEstimate;
import dev.cloudwright.resilience.DrPlan;
import dev.cloudwright.resilience.Strategy;
import dev.cloudwright.resilience.StrategyEvaluation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The reasoning around the design: Well-Architected summary, escalations and decision records. */
final class Narrative {
    /** Fleets beyond this many vCPUs need capacity planning with the provider (quotas, capacity reservations). */
    static final double LARGE_SCALE_VCPU = 2000;
    /** Monthly spend at which an enterprise discount agreement is worth negotiating. */
    static final double NEGOTIATION_USD = 50_000;

    private final Requirements req;
    private final Plan p;
    private final Architecture arch;
    private final DrPlan dr;
    private final AvailabilityEstimate av;
    private final CostReport cost;
    private final SecurityPlan sec;
    private final Design.ComputeDecision compute;
    private final Map<Strategy, Double> drCost;
    private final CostEstimator estimator;
    private final List<Design.AvailabilityOption> availabilityOptions;

    Narrative(Requirements req, Plan p, Architecture arch, DrPlan dr, AvailabilityEstimate av, CostReport cost, SecurityPlan sec,
            Design.ComputeDecision compute, Map<Strategy, Double> drCost, CostEstimator estimator, List<Design.AvailabilityOption> availabilityOptions) {
        this.availabilityOptions = availabilityOptions;
        this.req = req;
        this.p = p;
        this.arch = arch;
        this.dr = dr;
        this.av = av;
        this.cost = cost;
        this.sec = sec;
        this.compute = compute;
        this.drCost = drCost;
        this.estimator = estimator;
    }

    // ------------------------------------------------------------------ Well-Architected

    List<Design.Pillar> pillars() {
        List<Design.Pillar> out = new ArrayList<>();
        int alarms = (int) arch.components(Role.MONITORING).stream().mapToDouble(c -> c.usage(Usage.ALARMS)).sum();
        StrategyEvaluation chosen = dr.chosen();

        List<String> ops = new ArrayList<>(List.of(
                "Everything is infrastructure as code (Terraform), reviewed and applied through a pipeline; no console changes.",
                "Deployments: " + ApplicationComponent.rollout(compute.chosen().service()) + ".",
                String.format(Locale.ROOT, "%s on the golden signals (latency, traffic, errors, saturation) and a dashboard per region.",
                        Fmt.plural(alarms, "CloudWatch alarm")),
                "A timed failover runbook (" + Fmt.plural(chosen.steps().size(), "step") + ") for the " + dr.strategy().title().toLowerCase(Locale.ROOT) + " strategy."));
        List<String> opsRisks = new ArrayList<>(List.of("Runbooks are only as good as their last rehearsal: schedule game days."));
        if (p.serverless()) {
            opsRisks.add("Function cold starts and concurrency quotas need watching after launch.");
        }
        out.add(new Design.Pillar("Operational excellence", ops, opsRisks));

        long design = sec.controls().stream().filter(c -> c.scope() == SecurityPlan.Scope.DESIGN).count();
        List<String> secAddressed = new ArrayList<>(List.of(
                String.format(Locale.ROOT, "%d security controls across network, identity, data, application and detection layers.", design),
                encryption(),
                p.serverless()
                        ? "Only the API " + (p.cdn() ? "and the CDN face" : "faces") + " the internet" + (p.vpcCompute() ? "; the functions and the data run in private subnets." : ".")
                        : "Private subnets for application and data; only the load balancer" + (p.cdn() ? " and the CDN face" : " faces") + " the internet."));
        if (!req.compliance().isEmpty()) {
            long addressed = sec.compliance().stream().filter(s -> s.status() == SecurityPlan.Status.ADDRESSED).count();
            secAddressed.add(String.format(Locale.ROOT, "%d of %d mapped compliance requirements (%s) addressed by the design itself.", addressed,
                    sec.compliance().size(), String.join(", ", req.compliance().stream().map(Compliance::title).toList())));
        }
        List<String> secRisks = new ArrayList<>();
        sec.compliance().stream().filter(s -> s.status() == SecurityPlan.Status.VIOLATED)
                .forEach(s -> secRisks.add(s.framework().toUpperCase(Locale.ROOT) + " " + s.id() + " is violated: " + s.how()));
        long org = sec.compliance().stream().filter(s -> s.status() == SecurityPlan.Status.ORGANISATION).count();
        if (org > 0) {
            secRisks.add(org + " compliance requirement" + (org == 1 ? " depends" : "s depend") + " on organisational processes outside the infrastructure.");
        }
        if (secRisks.isEmpty()) {
            secRisks.add("Identity governance (access reviews, MFA enforcement) is organisational and needs its own controls.");
        }
        out.add(new Design.Pillar("Security", secAddressed, secRisks));

        List<String> rel = new ArrayList<>();
        List<String> zonal = new ArrayList<>();
        List<String> single = new ArrayList<>();
        for (Component c : arch.inRegion(req.primaryRegion())) {
            if (c.role() == Role.COMPUTE || c.role() == Role.DATABASE || c.role() == Role.CACHE) {
                (dev.cloudwright.resilience.AvailabilityCalculator.zoneRedundant(c) ? zonal : single).add(c.name());
            }
        }
        rel.add(String.format(Locale.ROOT, "%d zones; %s survive%s a zone failure%s.", p.zones(), zonal.isEmpty() ? "nothing" : String.join(", ", zonal),
                zonal.size() == 1 ? "s" : "", single.isEmpty() ? "" : "; " + String.join(", ", single) + " run" + (single.size() == 1 ? "s" : "")
                        + " in one zone"));
        rel.add(dr.recoveryRegion() == null
                ? String.format(Locale.ROOT, "One region, no recovery region: RPO %s from in-region backups; a regional outage lasts until the region "
                        + "returns (targets %s / %s).", Fmt.duration(chosen.rpoSeconds()), Fmt.duration(dr.targetRpoSeconds()), Fmt.duration(dr.targetRtoSeconds()))
                : String.format(Locale.ROOT, "%s across regions: RPO %s, RTO %s against targets %s / %s.", dr.strategy().title(),
                        Fmt.duration(chosen.rpoSeconds()), Fmt.minutes(chosen.rtoMinutes()), Fmt.duration(dr.targetRpoSeconds()),
                        Fmt.duration(dr.targetRtoSeconds())));
        rel.add(String.format(Locale.ROOT, "Composite of published SLAs: %s (target %s).", Fmt.availability(av.compositePercent()),
                Fmt.availability(av.targetPercent())));
        rel.add((p.relational() != null || p.keyValue() != null ? "Backups with point-in-time restore; " : "")
                + (p.serverless() ? "functions scale with the requests and the platform replaces failed instances." : "autoscaling absorbs load and replaces failed "
                        + (compute.chosen().style() == Style.VMS ? "instances." : "tasks.")));
        List<String> relRisks = new ArrayList<>();
        if (!dr.met()) {
            relRisks.add("Recovery objectives not met: " + dr.reason().replaceFirst("^Not met: ", ""));
        }
        if (!av.meetsTarget()) {
            relRisks.add(String.format(Locale.ROOT, "The providers' SLAs commit to %s, below the %s target; %s is the limiting commitment. "
                            + "Each service may meet the target on its own, but on one request path their SLAs multiply.",
                    Fmt.availability(av.compositePercent()), Fmt.availability(av.targetPercent()), av.limitingTerm())
                    + (!availabilityOptions.isEmpty() ? " " + AvailabilityOptions.summary(availabilityOptions, av.targetPercent())
                            : req.multiRegion() ? " None of its services has a more available tier, and both regions already serve."
                            : " None of its services has a more available tier: only a second region serving at once (a second entry in "
                                    + "`regions`, active/active) raises it."));
        }
        if (!req.multiRegion() && req.availability() >= 99.99) {
            relRisks.add("A single region carries a 99.99%+ target: a regional outage takes the service down for the recovery time.");
        }
        if (relRisks.isEmpty()) {
            relRisks.add("Dependencies outside this design (third-party APIs, identity provider) need their own fallbacks.");
        }
        out.add(new Design.Pillar("Reliability", rel, relRisks));

        List<String> perf = new ArrayList<>();
        perf.add(String.format(Locale.ROOT, "Sized for a peak of %s requests/s with %s headroom; autoscaling on %s.", Fmt.count(p.cap().peakRps()),
                Fmt.pct(p.a().get("headroom")), compute.chosen().sizing().scaling()));
        if (p.cache() != null) {
            perf.add(String.format(Locale.ROOT, "Cache in front of the database (hit ratio assumed %s) keeps database reads to %s/s at peak.",
                    Fmt.pct(p.a().get("cache_hit_ratio")), p.relational() != null ? Fmt.count(p.relational().readQps()) : "a fraction"));
        }
        if (p.cdn()) {
            perf.add("Static content from the CDN's edge locations, close to users.");
        }
        perf.add("Graviton (arm64) instance classes for the managed data services.");
        List<String> perfRisks = new ArrayList<>(List.of(String.format(Locale.ROOT,
                "Throughput per vCPU (%s requests/s) is an assumption: load-test and override `requests_per_vcpu`.",
                Fmt.num(p.a().get("requests_per_vcpu")))));
        out.add(new Design.Pillar("Performance efficiency", perf, perfRisks));

        List<String> costAddressed = new ArrayList<>();
        costAddressed.add(String.format(Locale.ROOT, "Every component priced from dated list prices: %s a month on demand.", Fmt.usd(cost.monthlyUsd())));
        costAddressed.add(String.format(Locale.ROOT, "%d optimisation opportunities worth %s a month (commitments, Graviton, engines, storage tiers).",
                cost.opportunities().size(), Fmt.usd(cost.monthlyUsd() - cost.optimisedUsd())));
        costAddressed.add("Cost-allocation tags (project, environment, owner, cost centre) on every resource.");
        if (p.compute().style() == Style.SERVERLESS) {
            costAddressed.add("Serverless compute: nothing is paid while idle.");
        }
        List<String> costRisks = new ArrayList<>();
        if (cost.budget() != null && !cost.budget().within()) {
            costRisks.add(cost.budget().summary());
        }
        costRisks.add("Usage-based charges (requests, transfer between zones) grow with traffic: set budget alarms.");
        out.add(new Design.Pillar("Cost optimisation", costAddressed, costRisks));

        List<String> sus = new ArrayList<>();
        sus.add("Autoscaling keeps provisioned capacity close to demand; the minimum fleet is sized for static stability only.");
        sus.add("Graviton-based data tier: more work per watt than comparable x86 classes.");
        if (req.workload().objectStorageGb() > 0) {
            sus.add("Lifecycle rules move cold objects to archival storage classes.");
        }
        List<String> susRisks = new ArrayList<>();
        if (p.compute().style() != Style.SERVERLESS) {
            susRisks.add("Application compute runs on x86; Graviton builds would cut energy and cost (see opportunities).");
        }
        susRisks.add("No carbon data in this estimate: track it with the AWS Customer Carbon Footprint Tool.");
        out.add(new Design.Pillar("Sustainability", sus, susRisks));
        return out;
    }

    /** What the security pillar says of encryption, with the exceptions the design has. */
    private String encryption() {
        List<String> except = new ArrayList<>();
        if (arch.components(Role.CACHE).stream().anyMatch(c -> !c.isTrue(Keys.ENCRYPTED_AT_REST))) {
            except.add("the Memcached cache, which has no encryption at rest");
        }
        if (arch.components(Role.OBJECT_STORAGE).stream().anyMatch(c -> c.isTrue(Keys.ENCRYPTED_AT_REST) && c.value(Keys.KMS_KEY) == null)) {
            except.add("the log archives that receive access logs, with S3 managed keys");
        }
        return "Every data store encrypted with customer managed keys" + (except.isEmpty() ? "" : " but " + String.join(" and ", except))
                + "; TLS 1.2+ on every public connection and to every data store.";
    }

    // ------------------------------------------------------------------ escalations

    List<Design.Escalation> escalations() {
        List<Design.Escalation> out = new ArrayList<>();
        for (String r : sec.residency()) {
            if (r.startsWith("Violation")) {
                out.add(new Design.Escalation("Data residency", Design.Escalation.Severity.BLOCKING, "Data protection officer / legal",
                        r.substring("Violation: ".length()) + " Either move the region, or keep personal data out of it and document the transfer basis."));
            }
        }
        if (req.has(Compliance.GDPR) && req.dataResidency() == null && sec.residency().stream().anyMatch(s -> s.startsWith("Note"))) {
            out.add(new Design.Escalation("GDPR international transfers", Design.Escalation.Severity.SIGN_OFF, "Data protection officer",
                    "Regions outside the EU receive personal data: confirm the Chapter V transfer basis (adequacy or standard contractual clauses)."));
        }
        if (req.has(Compliance.HIPAA)) {
            out.add(new Design.Escalation("HIPAA business associate agreement", Design.Escalation.Severity.BLOCKING, "Compliance officer",
                    "Accept the AWS BAA in AWS Artifact before storing protected health information, and confirm every service used is HIPAA eligible."));
        }
        if (req.has(Compliance.PCI_DSS)) {
            out.add(new Design.Escalation("PCI DSS scope", Design.Escalation.Severity.SIGN_OFF, "Compliance officer / QSA",
                    "A Qualified Security Assessor must confirm the cardholder-data environment boundary, the segmentation, and that tokenisation "
                            + "or encryption of stored account numbers is implemented in the application."));
        }
        if (req.has(Compliance.SOC2) || req.has(Compliance.ISO27001)) {
            out.add(new Design.Escalation("Audit evidence", Design.Escalation.Severity.SIGN_OFF, "Security lead / auditor",
                    "SOC 2 and ISO 27001 audits need the organisational controls (access reviews, change approval, incident response) evidenced alongside this design."));
        }
        if (!dr.met()) {
            out.add(new Design.Escalation("Recovery objectives", Design.Escalation.Severity.BLOCKING, "Business owner",
                    dr.reason() + " Accept the achievable objectives or fund the change."));
        }
        if (!av.meetsTarget()) {
            out.add(new Design.Escalation("Availability commitment", Design.Escalation.Severity.SIGN_OFF, "Business owner",
                    String.format(Locale.ROOT, "Providers commit to %s (%s is the lowest); the %s target (%s of downtime a month) rests on the design and "
                                    + "operations, not on any contract.", Fmt.availability(av.compositePercent()), av.limitingTerm(),
                            Fmt.availability(av.targetPercent()), Fmt.minutes(av.budgetMinutes()))));
        }
        if (!req.multiRegion() && req.availability() >= 99.99 && req.production()) {
            out.add(new Design.Escalation("Single region for a critical service", Design.Escalation.Severity.SIGN_OFF, "Business owner",
                    "A 99.99% target in one region accepts a regional outage lasting the recovery time; multi-region is the norm for critical systems."));
        }
        if (cost.budget() != null && !cost.budget().within()) {
            out.add(new Design.Escalation("Budget", cost.budget().fits() ? Design.Escalation.Severity.SIGN_OFF : Design.Escalation.Severity.BLOCKING, "Finance / product owner",
                    cost.budget().summary()));
        }
        if (p.cap().peakVcpu() > LARGE_SCALE_VCPU) {
            out.add(new Design.Escalation("Enterprise scale", Design.Escalation.Severity.SIGN_OFF, "Platform lead",
                    String.format(Locale.ROOT, "%s vCPUs at peak: plan service quotas and capacity with the provider before launch.",
                            Fmt.count(p.cap().peakVcpu()))));
        }
        if (cost.monthlyUsd() > NEGOTIATION_USD) {
            out.add(new Design.Escalation("Vendor negotiation", Design.Escalation.Severity.SIGN_OFF, "Procurement",
                    String.format(Locale.ROOT, "At %s a month, an enterprise discount agreement and commitments are worth negotiating.",
                            Fmt.usd(cost.monthlyUsd()))));
        }
        if (p.cap().disagreement() > Capacity.DISAGREEMENT_WARNING) {
            out.add(new Design.Escalation("Traffic inputs", Design.Escalation.Severity.SIGN_OFF, "Product owner",
                    String.format(Locale.ROOT, "The daily volume and the concurrent users disagree by %.1fx; the design is sized for the larger. "
                            + "Confirm the inputs before committing to capacity.", p.cap().disagreement())));
        }
        if (!compute.chosen().eligible()) {
            out.add(new Design.Escalation("Forced compute style", Design.Escalation.Severity.SIGN_OFF, "Architect", compute.chosen().whyNot()));
        }
        return out;
    }

    // ------------------------------------------------------------------ decisions

    /** Whether the application reaches the database through RDS Proxy, with the proxy's price either way. */
    private Design.Decision connections(DataSizer.Relational r) {
        boolean functions = compute.chosen().style() == Style.SERVERLESS;
        double vcpu = r.instanceClass().vcpu() * (r.service().equals("aws.aurora") ? r.instanceCount() : 1);
        double proxyUsd = estimator.model().price(Component.builder("x.db-proxy", Role.DATABASE, "aws.rds-proxy", "proxy")
                .placement(dev.cloudwright.model.Placement.regional(req.primaryRegion(), List.of()))
                .sizing(dev.cloudwright.model.Sizing.builder().vcpu(vcpu).build()).build()).monthlyUsd();
        String direct = functions
                ? String.format(Locale.ROOT, "Reserved concurrency of %d keeps connections within the budget; executions beyond it are throttled.",
                        r.connectionBudget())
                : "Each task keeps its own small pool; the pools together stay within the budget.";
        List<Design.Alternative> alts = List.of(
                new Design.Alternative("RDS Proxy", proxyUsd, "Pools and reuses connections, holds them through a Multi-AZ failover, IAM "
                        + "authentication; a fixed hourly cost per database vCPU.", r.proxy()),
                new Design.Alternative("Direct connections", 0.0, direct, !r.proxy()));
        String why = r.proxy()
                ? String.format(Locale.ROOT, "Up to %d %s would exceed %d%% of max_connections (%d): the proxy pools them.", r.connectionsNeeded(),
                        functions ? "concurrent executions, one connection each," : "application connections", Math.round(DataSizer.CONNECTION_BUDGET * 100),
                        r.maxConnections())
                : String.format(Locale.ROOT, "At most %d connections at the designed peak, within %d%% of max_connections (%d, budget %d): "
                                + "a proxy would add %s a month without a pooling need. Take it for faster failovers or a spikier load.",
                        r.connectionsNeeded(), Math.round(DataSizer.CONNECTION_BUDGET * 100), r.maxConnections(), r.connectionBudget(), Fmt.usd(proxyUsd));
        return new Design.Decision("Database connections", r.proxy() ? "RDS Proxy" : "Direct connections", why, alts);
    }

    List<Design.Decision> decisions() {
        List<Design.Decision> out = new ArrayList<>();
        List<Design.Alternative> computeAlts = new ArrayList<>();
        for (ComputeOption o : compute.options()) {
            String trade = switch (o.style()) {
                case SERVERLESS -> "No servers or idle cost; per-request pricing grows with volume; 29 s API limit, cold starts.";
                case CONTAINERS -> "No servers to patch, per-second billing, steady capacity; pay for the minimum fleet while idle.";
                case KUBERNETES -> "Portable, rich ecosystem; control-plane fee and cluster operations (upgrades, add-ons).";
                case VMS -> "Full control, widest instance choice; you patch and harden the operating system.";
                default -> "";
            };
            if (!o.eligible()) {
                trade = "Ruled out: " + o.whyNot() + ".";
            }
            computeAlts.add(new Design.Alternative(ComputeSizer.title(o.style()) + ": " + o.summary(), o.monthlyUsd(), trade,
                    o == compute.chosen()));
        }
        out.add(new Design.Decision("Compute platform", ComputeSizer.title(compute.chosen().style()), compute.reason(), computeAlts));

        if (p.relational() != null) {
            List<Design.Alternative> alts = new ArrayList<>();
            DataSizer.Relational r = p.relational();
            String chosenLabel = null;
            for (DataSizer.Offering o : r.offerings()) {
                boolean chosen = o.service().equals(r.service()) && o.multiAz() == r.multiAz();
                if (chosen) {
                    chosenLabel = o.label();
                }
                String note = o.monthlyUsd() == null ? "; not priced: the catalog has no price for a class large enough" : "";
                alts.add(new Design.Alternative(o.label(), o.monthlyUsd(), String.format(Locale.ROOT, "SLA %s%s%s", Fmt.availability(o.slaPercent()),
                        o.meetsTarget() ? ", meets the target" : ", below the " + Fmt.availability(req.availability()) + " target", note), chosen));
            }
            double workingSet = r.memoryNeedGb() * p.a().get("db_memory_usable");
            String reads = r.readers() == 0
                    ? String.format(Locale.ROOT, "the writer also serves the %s reads/s%s.", Fmt.count(r.readQps()), p.cache() != null ? " that miss the cache" : "")
                    : String.format(Locale.ROOT, "%d reader%s serve%s %s reads/s%s.", r.readers(), r.readers() == 1 ? "" : "s",
                            r.readers() == 1 ? "s" : "", Fmt.count(r.readQps()), p.cache() != null ? " after the cache" : "");
            String rationale = r.reason() + String.format(Locale.ROOT, " %s (%s vCPU, %s GiB) keeps the %s GB its own queries touch in memory"
                    + (p.cache() != null ? " (the cache holds the rest of the hot set)" : "") + " and takes %s writes/s at peak; %s",
                    r.instanceClass().sku(), Fmt.num(r.instanceClass().vcpu()), Fmt.num(r.instanceClass().memoryGib()), Fmt.num(workingSet),
                    Fmt.count(r.writeQps()), reads);
            out.add(new Design.Decision("Relational database", chosenLabel + " " + r.engine().title(), rationale, alts));
            out.add(connections(r));
        } else if (p.keyValue() != null) {
            out.add(new Design.Decision("Key-value database", "DynamoDB on-demand", p.keyValue().reason(), List.of(
                    new Design.Alternative("DynamoDB on-demand", null, "Pay per request; no capacity planning; scales instantly.", true),
                    new Design.Alternative("DynamoDB provisioned capacity with autoscaling", null,
                            "Cheaper for steady, predictable traffic; throttles on sudden spikes.", false))));
        }

        if (p.cache() != null) {
            DataSizer.Cache c = p.cache();
            out.add(new Design.Decision("Cache", String.format(Locale.ROOT, "%s, %d x %s (%d shard%s, %d replica%s each)", c.engine() == Engine.MEMCACHED ? "Memcached" : "Redis",
                    c.nodes(), c.node().sku(), c.shards(), c.shards() == 1 ? "" : "s", c.replicasPerShard(), c.replicasPerShard() == 1 ? "" : "s"),
                    c.reason(), List.of()));
        }

        List<Design.Alternative> drAlts = new ArrayList<>();
        for (StrategyEvaluation e : dr.evaluations()) {
            drAlts.add(new Design.Alternative(e.strategy().title(), dr.recoveryRegion() == null ? null : drCost.get(e.strategy()),
                    String.format(Locale.ROOT, "RPO %s, RTO %s%s", Fmt.duration(e.rpoSeconds()), Fmt.minutes(e.rtoMinutes()),
                            e.meets() ? ": meets the targets" : ": misses " + (e.meetsRpo() ? "the RTO" : e.meetsRto() ? "the RPO" : "both targets")),
                    e.strategy() == dr.strategy()));
        }
        out.add(new Design.Decision("Disaster recovery", dr.strategy().title(), dr.reason(), drAlts));

        for (Component nat : arch.components(c -> c.service().equals("aws.nat-gateway") && c.region().equals(req.primaryRegion()))) {
            int n = nat.sizing().countOr(1);
            double each = estimator.model().price(nat.toBuilder().sizing(nat.sizing().withCount(1)).usage(Usage.PROCESSED_GB, 0).build()).monthlyUsd();
            List<Design.Alternative> alts = List.of(
                    new Design.Alternative("One NAT gateway per zone", each * p.zones(), "A zone failure does not cut the other zones' outbound access.", n > 1),
                    new Design.Alternative("A single NAT gateway", each, "Saves " + Fmt.usd(each * (p.zones() - 1)) + " a month; its zone is a single point of failure for outbound traffic.", n == 1));
            String why = n > 1
                    ? String.format(Locale.ROOT, "The %s target leaves no room for a zone outage to cut outbound calls: each zone routes through its own.",
                            Fmt.availability(req.availability()))
                    : req.production()
                            ? String.format(Locale.ROOT, "The cheapest option that meets the %s target: a zone outage cuts outbound calls from the other zones "
                                    + "until traffic is moved, which the target allows. One gateway per zone costs %s a month more.",
                                    Fmt.availability(req.availability()), Fmt.usd(each * (p.zones() - 1)))
                            : "A non-production environment accepts the single point of failure for the saving.";
            out.add(new Design.Decision("Outbound internet access", n > 1 ? "One NAT gateway per zone" : "A single NAT gateway", why, alts));
        }

        if (p.cdn()) {
            double egress = p.cap().egressGbPerMonth() + req.workload().staticContentGb() * p.a().get("static_transfer_multiplier");
            double viaCdn = estimator.model().catalog().quote(PriceKeys.CLOUDFRONT_EGRESS, "global").price().costFor(egress)
                    + estimator.model().catalog().quote(PriceKeys.cloudfrontHttps(p.cdnGeo()), "global").price().costFor(p.cap().monthlyRequests());
            double direct = estimator.model().catalog().quote("dt.internet", req.primaryRegion()).price().cost(egress);
            out.add(new Design.Decision("Content delivery", "CDN in front of the application and static assets",
                    "Static content exists, so a CDN serves it from edge locations near users, absorbs traffic spikes and DDoS at the edge, "
                            + "and removes direct public access to the buckets.",
                    List.of(new Design.Alternative("CloudFront for all traffic", viaCdn,
                                    "Lower latency for distant users, edge caching, DDoS absorption; adds per-request fees.", true),
                            new Design.Alternative("Serve directly from the load balancer", direct,
                                    "Simpler; every byte leaves the region at internet transfer rates, no edge caching.", false))));
        }
        return out;
    }
}

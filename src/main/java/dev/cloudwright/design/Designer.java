package dev.cloudwright.design;

import dev.cloudwright.core.Fmt;
import dev.cloudwright.model.Engine;
import dev.cloudwright.geo.RegionCatalog;
import dev.cloudwright.model.Architecture;
import dev.cloudwright.model.Component;
import dev.cloudwright.pricing.AwsCostModel;
import dev.cloudwright.pricing.CostEstimator;
import dev.cloudwright.pricing.CostReport;
import dev.cloudwright.pricing.Opportunity;
import dev.cloudwright.requirements.Requirements;
import dev.cloudwright.requirements.Requirements.CacheEngine;
import dev.cloudwright.requirements.Requirements.DatabaseEngine;
import dev.cloudwright.requirements.Requirements.Style;
import dev.cloudwright.resilience.AvailabilityCalculator;
import dev.cloudwright.resilience.AvailabilityEstimate;
import dev.cloudwright.resilience.DrPlan;
import dev.cloudwright.resilience.RecoveryFacts;
import dev.cloudwright.resilience.RecoveryPlanner;
import dev.cloudwright.resilience.Strategy;
import dev.cloudwright.resilience.StrategyEvaluation;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Turns requirements into a design: sizing, architecture, recovery, cost, security and the reasoning behind each. */
public final class Designer {
    private final AwsCostModel costs;
    private final RegionCatalog regions = RegionCatalog.aws();

    public Designer() {
        this(AwsCostModel.standard());
    }

    public Designer(AwsCostModel costs) {
        this.costs = costs;
    }

    public Design design(Requirements req) {
        Assumptions a = new Assumptions(req);
        Capacity cap = Capacity.plan(req, a);
        int zones = Math.min(req.production() ? 3 : 2, regions.get(req.primaryRegion()).zones());
        ComputeSizer.Choice compute = new ComputeSizer(req, cap, a, costs, zones).choose();
        boolean serverless = compute.chosen().style() == Style.SERVERLESS;

        DataSizer ds = new DataSizer(req, cap, a, costs);
        DatabaseEngine engine = req.workload().database().engine();
        // Functions open one connection per concurrent execution, up to the designed maximum concurrency.
        int appConnections = serverless ? compute.chosen().sizing().max()
                : compute.chosen().sizing().max() * (int) a.get("connections_per_task");
        DataSizer.Relational rel = engine == DatabaseEngine.POSTGRESQL || engine == DatabaseEngine.MYSQL
                ? ds.relational(appConnections, serverless) : null;
        DataSizer.KeyValue kv = engine == DatabaseEngine.NOSQL ? ds.keyValue() : null;
        DataSizer.Cache cache = req.workload().cache() != CacheEngine.NONE ? ds.cache() : null;
        boolean cdn = req.workload().staticContentGb() > 0;
        String geo = req.primaryRegion().startsWith("eu-") || req.primaryRegion().startsWith("il-") ? "eu" : "na";
        Plan plan = new Plan(req, cap, a, compute.chosen(), rel, kv, cache, zones, cdn, geo);
        StackBuilder sb = new StackBuilder(plan);
        CostEstimator estimator = new CostEstimator(costs);

        // --- disaster recovery: price and time every strategy, take the cheapest that meets both targets
        String secondary = req.multiRegion() ? req.regions().get(1) : req.production() ? recoveryPeer(req) : null;
        double base = estimator.total(architecture(req, sb.build(Strategy.BACKUP_RESTORE, null)));
        Map<Strategy, Double> drCost = new EnumMap<>(Strategy.class);
        for (Strategy s : Strategy.values()) {
            drCost.put(s, secondary == null ? 0 : estimator.total(architecture(req, sb.build(s, secondary))) - base);
        }
        RecoveryFacts facts = new RecoveryFacts(plan.dataStore(), req.workload().database().sizeGb(), cache != null, !serverless,
                req.workload().objectStorageGb() > 0, plan.backupSource() != null && ProviderFacts.fullCopies(plan.backupSource()));
        List<Strategy> allowed = req.multiRegion() ? List.of(Strategy.values()) : List.of(Strategy.BACKUP_RESTORE);
        RecoveryPlanner planner = new RecoveryPlanner();
        double downtime = (1 - req.availability() / 100) * AvailabilityCalculator.MINUTES_PER_MONTH;
        RecoveryPlanner.Choice dr = planner.choose(facts, req.recovery().rpoSeconds(), req.recovery().rtoSeconds(), downtime, drCost, allowed);
        // A strategy that fits the month's downtime is chosen only when the budget has room for it; otherwise the
        // cheapest meeting RPO and RTO, with the price of the one that fits.
        String overBudget = null;
        if (dr.fitsDowntime() && req.budget() != null && base + drCost.get(dr.strategy()) > req.budget().monthlyUsd()) {
            RecoveryPlanner.Choice plain = planner.choose(facts, req.recovery().rpoSeconds(), req.recovery().rtoSeconds(), Double.MAX_VALUE,
                    drCost, allowed);
            if (plain.strategy() != dr.strategy()) {
                overBudget = String.format(Locale.ROOT, "%s would recover within the downtime the %s target allows, for %s a month more, "
                                + "which the %s budget does not leave room for: a regional failover breaches the month with the strategy chosen.",
                        dr.strategy().title(), Fmt.availability(req.availability()),
                        Fmt.usd(drCost.get(dr.strategy()) - drCost.get(plain.strategy())), Fmt.usd(req.budget().monthlyUsd()));
                dr = new RecoveryPlanner.Choice(plain.strategy(), plain.met(), false, downtime, plain.evaluations());
            }
        }
        RecoveryPlanner.Choice unconstrained = planner.choose(facts, req.recovery().rpoSeconds(), req.recovery().rtoSeconds(), downtime, drCost,
                List.of(Strategy.values()));
        Architecture arch = architecture(req, sb.build(dr.strategy(), secondary));
        DrPlan drPlan = drPlan(req, plan, sb, dr, unconstrained, secondary, overBudget);

        // --- analyses of the architecture
        AvailabilityEstimate availability = new AvailabilityCalculator().estimate(arch, req.availability());
        List<Design.AvailabilityOption> availabilityOptions = new AvailabilityOptions(estimator, sb).of(arch, availability,
                secondary != null && req.multiRegion() && dr.strategy() != Strategy.ACTIVE_ACTIVE
                        ? drCost.get(Strategy.ACTIVE_ACTIVE) - drCost.get(dr.strategy()) : null);
        List<Opportunity> tradeOffs = new ArrayList<>();
        List<Opportunity> relaxations = new ArrayList<>();
        tradeOffs(req, arch, dr, drCost, tradeOffs, relaxations);
        Design.OtherBasis otherBasis = null;
        if (cap.otherMonthlyRequests() > 0) {
            Plan other = new Plan(req, cap.onOtherBasis(), a, compute.chosen(), rel, kv, cache, zones, cdn, geo);
            otherBasis = new Design.OtherBasis(cap.otherBasis(), cap.otherMonthlyRequests(),
                    estimator.total(architecture(req, new StackBuilder(other).build(dr.strategy(), secondary))));
        }
        relaxations.addAll(otherBasisRelaxation(req, cap, estimator.total(arch)));
        CostReport cost = estimator.report(arch, req.production(), req.budget() == null ? null : req.budget().monthlyUsd(), tradeOffs,
                relaxations, hardRequirements(req, cap));
        SecurityPlan security = new SecurityPlanner().plan(req, arch, plan);

        List<String> warnings = new ArrayList<>(cap.notes());
        warnings.addAll(compute.notes());
        if (rel != null) {
            warnings.addAll(rel.notes());
        }
        Design.ComputeDecision computeDecision = new Design.ComputeDecision(compute.chosen(), compute.reason(), compute.options(), compute.notes());
        Design.DataDecision data = new Design.DataDecision(rel, kv, cache, objectStorage(req, a));
        Narrative n = new Narrative(req, plan, arch, drPlan, availability, cost, security, computeDecision, drCost, estimator,
                availabilityOptions);
        return new Design(req.name(), "aws", req, cap, computeDecision, data, arch, drPlan, availability, cost, security, n.pillars(),
                n.escalations(), n.decisions(), a.used(), workloadDefaults(req), List.copyOf(warnings), otherBasis,
                availabilityOptions);
    }

    private Architecture architecture(Requirements req, StackBuilder.Stack s) {
        return new Architecture(req.name(), "aws", req.environment().name().toLowerCase(Locale.ROOT), s.regions(), s.components(),
                s.connections());
    }

    /** The region backup copies go to when only one region is given: the catalog's peer, kept in the residency geography. */
    String recoveryPeer(Requirements req) {
        RegionCatalog.Region primary = regions.get(req.primaryRegion());
        RegionCatalog.Region peer = regions.get(primary.recoveryPeer());
        String want = req.dataResidency() != null ? req.dataResidency() : primary.geography();
        if (!peer.geography().equals(want)) {
            for (String code : regions.codes()) {
                RegionCatalog.Region r = regions.get(code);
                if (!code.equals(primary.code()) && r.geography().equals(want)) {
                    return code;
                }
            }
        }
        return peer.code();
    }

    private DrPlan drPlan(Requirements req, Plan plan, StackBuilder sb, RecoveryPlanner.Choice dr, RecoveryPlanner.Choice unconstrained,
            String secondary, String overBudget) {
        long rpo = req.recovery().rpoSeconds();
        long rto = req.recovery().rtoSeconds();
        StrategyEvaluation chosen = dr.evaluations().stream().filter(e -> e.strategy() == dr.strategy()).findFirst().orElseThrow();
        List<String> why = new ArrayList<>();
        for (StrategyEvaluation e : dr.evaluations()) {
            if (e.strategy() == dr.strategy()) {
                break;
            }
            if (!e.meets()) {
                List<String> miss = new ArrayList<>();
                if (!e.meetsRpo()) {
                    miss.add("could lose " + Fmt.duration(e.rpoSeconds()) + " of data (" + e.rpoBasis() + ")");
                }
                if (!e.meetsRto()) {
                    miss.add("needs " + Fmt.minutes(e.rtoMinutes()) + " to recover");
                }
                why.add(e.strategy().title() + " " + String.join(" and ", miss));
            }
        }
        String targets = "RPO " + Fmt.duration(rpo) + " and RTO " + Fmt.duration(rto);
        String allowance = String.format(Locale.ROOT, "the %s a month the %s availability target allows", Fmt.minutes(dr.downtimeMinutes()),
                Fmt.availability(req.availability()));
        String reason;
        List<String> notes = new ArrayList<>();
        if (dr.met() && dr.fitsDowntime() && req.multiRegion()) {
            // Strategies that meet RPO and RTO but whose failover uses up the month's downtime: say why they lost.
            for (StrategyEvaluation e : dr.evaluations()) {
                if (e.strategy() == dr.strategy()) {
                    break;
                }
                if (e.meets()) {
                    why.add(String.format(Locale.ROOT, "%s meets them, but its %s failover is %s %s", e.strategy().title(), Fmt.minutes(e.rtoMinutes()),
                            e.rtoMinutes() >= 2 * dr.downtimeMinutes() ? Fmt.num(Math.floor(e.rtoMinutes() / dr.downtimeMinutes())) + " times" : "more than",
                            allowance));
                }
            }
            reason = chosen.strategy().title() + " is the cheapest strategy that meets " + targets + " and recovers within " + allowance
                    + (why.isEmpty() ? "." : ": " + String.join("; ", why) + ".");
        } else if (dr.met()) {
            reason = chosen.strategy().title() + " is the cheapest strategy that meets " + targets
                    + (why.isEmpty() ? "." : ": " + String.join("; ", why) + ".");
            if (overBudget != null) {
                notes.add(overBudget);
            } else if (req.multiRegion()) {
                StrategyEvaluation fastest = dr.evaluations().stream().filter(StrategyEvaluation::meets)
                        .min(java.util.Comparator.comparingDouble(StrategyEvaluation::rtoMinutes)).orElse(chosen);
                notes.add(String.format(Locale.ROOT, "No strategy recovers from a regional outage within %s: a regional failover breaches "
                                + "that month whatever the strategy. The fastest, %s (%s), %s.", allowance,
                        fastest.strategy().title().toLowerCase(Locale.ROOT), Fmt.minutes(fastest.rtoMinutes()),
                        fastest == chosen ? "is the one chosen" : "would cost " + Fmt.usd(fastest.monthlyUsd() - chosen.monthlyUsd()) + " a month more"));
            }
        } else if (!req.multiRegion() && unconstrained.met()) {
            // The cheapest strategy a second region would allow that meets both objectives.
            StrategyEvaluation alt = unconstrained.evaluations().stream().filter(StrategyEvaluation::meets)
                    .min(java.util.Comparator.comparingDouble(StrategyEvaluation::monthlyUsd)).orElseThrow();
            List<String> missed = new ArrayList<>();
            if (!chosen.meetsRpo()) {
                missed.add("RPO " + Fmt.duration(rpo));
            }
            if (!chosen.meetsRto()) {
                missed.add("RTO " + Fmt.duration(rto));
            }
            double delta = alt.monthlyUsd() - chosen.monthlyUsd();
            reason = String.format(Locale.ROOT, "Not met: with a single region only backup & restore is possible (RPO %s, RTO %s) and it misses %s. "
                            + "Adding %s as a second region would allow %s (RPO %s, RTO %s) for about %s a month %s.",
                    Fmt.duration(chosen.rpoSeconds()), Fmt.minutes(chosen.rtoMinutes()), String.join(" and ", missed),
                    secondary == null ? "a region" : secondary, alt.strategy().title().toLowerCase(Locale.ROOT), Fmt.duration(alt.rpoSeconds()),
                    Fmt.minutes(alt.rtoMinutes()), Fmt.usd(Math.abs(delta)), delta >= 0 ? "more" : "less than the backup copies cost");
        } else {
            reason = String.format(Locale.ROOT, "Not met: no strategy meets %s for this architecture. The closest, %s, gives RPO %s and RTO %s.",
                    targets, chosen.strategy().title(), Fmt.duration(chosen.rpoSeconds()), Fmt.minutes(chosen.rtoMinutes()));
            if (chosen.rpoSeconds() > rpo && rpo < 1) {
                notes.add("An RPO of zero needs synchronous multi-Region writes (DynamoDB global tables with strong consistency, "
                        + "Aurora DSQL); asynchronous replication always risks the last second or so.");
            } else if (chosen.rpoSeconds() > rpo) {
                notes.add("rds".equals(plan.dataStore()) && rpo >= 1
                        ? "The cross-region read replica's lag sets the RPO; an Aurora global database (typical lag under a second) would meet "
                                + Fmt.duration(rpo) + "."
                        : "No replication AWS offers for this data is faster than " + chosen.rpoBasis() + ": no change to this design meets an RPO of "
                                + Fmt.duration(rpo) + ".");
            }
            StrategyEvaluation fastest = dr.evaluations().stream().min(java.util.Comparator.comparingDouble(StrategyEvaluation::rtoMinutes)).orElseThrow();
            if (fastest.rtoMinutes() * 60 > rto) {
                notes.add(String.format(Locale.ROOT, "The fastest failover for this architecture, %s, takes %s: %s", fastest.strategy().title().toLowerCase(Locale.ROOT),
                        Fmt.minutes(fastest.rtoMinutes()), plan.relational() != null
                                ? "a relational writer must move regions first; a key-value store with multi-active global tables (no writer to move) "
                                        + "is the change that would recover faster."
                                : "no strategy recovers faster, so no change to this design meets an RTO of " + Fmt.duration(rto) + "."));
            }
        }
        if (secondary == null) {
            notes.add("Non-production single-region environment: no cross-region copies; the environment is rebuilt from Terraform "
                    + "and restored from in-region backups after a regional outage.");
        } else if (!req.multiRegion()) {
            notes.add(secondary + " is proposed as the recovery region (same geography as the primary) because the requirements name one region.");
        }
        if ("aurora".equals(plan.dataStore()) && dr.strategy() != Strategy.BACKUP_RESTORE && secondary != null) {
            notes.add("The RPO is the global database's typical lag, not a guarantee: Aurora's managed RPO would bound it (set "
                    + "`aurora_managed_rpo_seconds`, 20 s or more, in the Terraform), at a price in availability: the primary then makes commits "
                    + "wait whenever the secondary lags more than that, so an outage of " + secondary + " stops writes in the primary until the "
                    + "setting is cleared. It is off.");
        }
        notes.add("Replication copies mistakes too: a bad deployment or a deleted table reaches the replica within seconds. "
                + "Point-in-time restore and the backup copies are the defence against logical corruption.");
        notes.add("Test the failover procedure in a game day at least twice a year and after major changes; measured times replace these estimates.");
        return new DrPlan(rpo, rto, dr.strategy(), dr.met(), secondary, req.multiRegion(), reason, dr.evaluations(),
                backups(req, plan, sb, dr.strategy(), secondary), notes);
    }

    private List<String> backups(Requirements req, Plan plan, StackBuilder sb, Strategy s, String secondary) {
        List<String> b = new ArrayList<>();
        boolean live = s != Strategy.BACKUP_RESTORE;
        String store = plan.backupSource();
        boolean weekly = store != null && ProviderFacts.fullCopies(store);
        String copies = secondary == null ? "" : live ? ", copied to " + secondary + (weekly ? " once a week (each copy is the whole database)" : " once a day")
                + " (the replica there covers the RPO; the copy guards against corruption and deletion, which replication copies too)"
                : weekly && req.recovery().rpoSeconds() < 88_200 ? ", copied to " + secondary + " once a day" : ", each copied to " + secondary;
        if (plan.relational() != null) {
            b.add(String.format(Locale.ROOT, "Database: continuous backups with point-in-time restore (any second in the last %d days); "
                    + "AWS Backup snapshots %s%s.", plan.relational().retentionDays(), sb.backupSchedule(), copies));
        } else if (plan.keyValue() != null) {
            b.add(String.format(Locale.ROOT, "Tables: point-in-time recovery (35 days) and AWS Backup snapshots %s%s.", sb.backupSchedule(), copies));
        }
        if (secondary != null && !live && store != null && req.recovery().rpoSeconds() < 88_200 && ProviderFacts.fullCopies(store)) {
            b.add(String.format(Locale.ROOT, "Each copy is the whole %s GB database, so copies run once a day rather than after every hourly backup: "
                    + "hourly copies would transfer %s GB a month, and AWS Backup runs a limited number of copy jobs at once per destination "
                    + "vault, so they would queue behind each other. A regional loss can therefore lose up to a day of data; a replica in "
                    + "the recovery region (pilot light) brings that to seconds.",
                    Fmt.count(req.workload().database().sizeGb()), Fmt.count(req.workload().database().sizeGb() * 720)));
        }
        if (req.workload().objectStorageGb() > 0 || req.workload().staticContentGb() > 0) {
            b.add("Object storage: versioning on every bucket (noncurrent versions kept 90 days)"
                    + (secondary == null ? "." : s == Strategy.BACKUP_RESTORE ? "; uploads replicated to " + secondary + "."
                            : "; buckets replicated to " + secondary + " with Replication Time Control (15 minutes for 99.99% of objects)."));
        }
        if (plan.cache() != null) {
            b.add("Cache: not data of record; rebuilt from the database after a failover"
                    + (plan.cache().engine() == Engine.MEMCACHED ? "." : " (daily snapshot kept one day for warm restarts)."));
        }
        b.add("Configuration: infrastructure as Terraform in version control with state in a versioned, encrypted bucket; "
                + "secrets in Secrets Manager" + (secondary == null ? "." : ", replicated to " + secondary + "."));
        if (!req.compliance().isEmpty() && req.production()) {
            b.add("Backup vault lock in compliance mode (in the Terraform, switched on with `enable_compliance_locks = true` once the retention "
                    + "is confirmed): backups then cannot be deleted or shortened during retention, and the lock cannot be removed.");
        }
        return b;
    }

    /**
     * Design changes that save money by weakening a guarantee, for the budget verdict: into {@code out} those that keep
     * the hard requirements, into {@code relaxing} those that give one up (a recovery strategy that misses RPO or RTO).
     */
    private void tradeOffs(Requirements req, Architecture arch, RecoveryPlanner.Choice dr, Map<Strategy, Double> drCost,
            List<Opportunity> out, List<Opportunity> relaxing) {
        for (Component c : arch.components()) {
            if (c.service().equals("aws.nat-gateway") && c.sizing().countOr(1) > 1) {
                double before = costs.price(c).monthlyUsd();
                double after = costs.price(c.toBuilder().sizing(c.sizing().withCount(1)).build()).monthlyUsd();
                out.add(new Opportunity("single-nat", "A single NAT gateway in " + c.region(),
                        "Route every zone's outbound traffic through one NAT gateway.",
                        before - after, "If that NAT gateway's zone fails, private subnets lose outbound internet access until it is recreated.",
                        3, "catalog NAT gateway hourly price", List.of(c.id())));
            }
            if (c.service().equals("aws.elasticache") && c.sizing().replicas() != null && c.sizing().replicas() > 1) {
                int shards = c.sizing().shards();
                int replicas = c.sizing().replicas() - 1;
                double before = costs.price(c).monthlyUsd();
                Component fewer = c.toBuilder().sizing(new dev.cloudwright.model.Sizing(c.sizing().sku(), c.sizing().vcpu(), c.sizing().memoryGb(),
                        shards * (1 + replicas), null, null, null, shards, replicas, null)).build();
                out.add(new Opportunity("cache-replicas", "One cache replica per shard instead of " + c.sizing().replicas(),
                        "Keep one replica per shard in " + c.region() + ".", before - costs.price(fewer).monthlyUsd(),
                        "A second node failure in the same shard during a failover loses that shard's cached data.", 3,
                        "catalog node prices", List.of(c.id())));
            }
        }
        Strategy current = dr.strategy();
        for (Strategy s : Strategy.values()) {
            if (s.ordinal() >= current.ordinal()) {
                break;
            }
            StrategyEvaluation e = dr.evaluations().get(s.ordinal());
            double saving = drCost.get(current) - drCost.get(s);
            if (saving > 0) {
                (e.meets() ? out : relaxing).add(new Opportunity("dr-" + s.id(), "Disaster recovery by " + s.title().toLowerCase(Locale.ROOT),
                        "Replace " + current.title().toLowerCase(Locale.ROOT) + " with " + s.title().toLowerCase(Locale.ROOT) + ".", saving,
                        String.format(Locale.ROOT, "Recovery objectives become RPO %s and RTO %s%s.", Fmt.duration(e.rpoSeconds()),
                                Fmt.minutes(e.rtoMinutes()), e.meets() ? "" : ", missing the requirement"),
                        3, "recovery-region cost difference", List.of()));
            }
        }
    }

    /**
     * The requirements a budget change must keep: the load the design is sized for, the recovery objectives, the
     * compliance frameworks and the data residency. The availability target is not among them: changes that lower
     * redundancy say so in their trade-off.
     */
    static List<String> hardRequirements(Requirements req, Capacity cap) {
        List<String> out = new ArrayList<>();
        out.add(String.format(Locale.ROOT, "the %s requests/s peak it is sized for", Fmt.count(cap.peakRps())));
        out.add("RPO " + Fmt.duration(req.recovery().rpoSeconds()) + " and RTO " + Fmt.duration(req.recovery().rtoSeconds()));
        if (!req.compliance().isEmpty()) {
            out.add(Fmt.list(req.compliance().stream().map(Requirements.Compliance::title).toList()) + " controls");
        }
        if (req.dataResidency() != null) {
            out.add(req.dataResidency().toUpperCase(Locale.ROOT) + " data residency");
        }
        return out;
    }

    /**
     * When the traffic inputs disagree (beyond the warning threshold) and the design is over budget, the design sized for the smaller estimate (the other input left out): it gives
     * up the load the design is sized for, so it is a relaxation, priced by designing it.
     */
    private List<Opportunity> otherBasisRelaxation(Requirements req, Capacity cap, double total) {
        if (cap.disagreement() <= Capacity.DISAGREEMENT_WARNING || req.budget() == null || total <= req.budget().monthlyUsd()) {
            return List.of();
        }
        boolean usersDecide = cap.basis().equals("concurrent_users");
        Requirements.Workload w = req.workload();
        Requirements.Workload smaller = new Requirements.Workload(usersDecide ? w.requestsPerDay() : 0, usersDecide ? 0 : w.concurrentUsers(),
                w.peakFactor(), w.thinkTimeSeconds(), w.readRatio(), w.avgResponseKb(), w.style(), w.staticContentGb(), w.objectStorageGb(),
                w.database(), w.cache(), w.batch(), w.longestRequestSeconds(), w.statefulConnections());
        Requirements other = new Requirements(req.name(), req.cloud(), req.regions(), req.environment(), req.dataResidency(), smaller,
                req.availability(), req.recovery(), req.compliance(), null, req.assumptions(), req.sources());
        Design d = design(other);
        double saving = total - d.cost().monthlyUsd();
        if (saving <= 0) {
            return List.of();
        }
        String basis = usersDecide ? "requests_per_day" : "concurrent_users";
        return List.of(new Opportunity("size-for-" + basis, "Size for the `" + basis + "` estimate",
                "Design for the smaller traffic estimate.", saving,
                String.format(Locale.ROOT, "Sized for %s requests/s at peak instead of %s: if the `%s` figure is right, the design is overloaded at peak.",
                        Fmt.count(d.capacity().peakRps()), Fmt.count(cap.peakRps()), cap.basis()),
                3, "the same requirements designed without `" + cap.basis() + "`", List.of()));
    }

    private static String objectStorage(Requirements req, Assumptions a) {
        double gb = req.workload().objectStorageGb();
        if (gb <= 0 && req.workload().staticContentGb() <= 0) {
            return null;
        }
        if (gb <= 0) {
            return "Static assets only: " + Fmt.num(req.workload().staticContentGb()) + " GB served through the CDN.";
        }
        double hot = a.get("hot_object_share");
        double warm = Math.min(1 - hot, a.get("warm_object_share"));
        return String.format(Locale.ROOT, "%s GB of uploads in steady state: %s in Standard (under 30 days), %s in Standard-IA (30-90 days), "
                + "%s in Glacier Instant Retrieval (older).", Fmt.count(gb), Fmt.pct(hot), Fmt.pct(warm), Fmt.pct(1 - hot - warm));
    }

    private static List<Design.WorkloadDefault> workloadDefaults(Requirements req) {
        List<Design.WorkloadDefault> out = new ArrayList<>();
        Requirements.Workload w = req.workload();
        String[][] defaults = {
            {"cloud", "aws", "cloud provider"},
            {"environment", "production", "environment (sets redundancy)"},
            {"availability", "99.9", "monthly availability target, %"},
            {"workload.peak_factor", Fmt.num(w.peakFactor()), "peak request rate / average"},
            {"workload.think_time_seconds", Fmt.num(w.thinkTimeSeconds()), "seconds between one user's requests"},
            {"workload.read_ratio", Fmt.num(w.readRatio()), "share of reads"},
            {"workload.avg_response_kb", Fmt.num(w.avgResponseKb()), "average response size, KB"},
            {"workload.style", "auto", "compute style chosen by the designer"},
            {"workload.longest_request_seconds", Fmt.num(w.longestRequestSeconds()), "longest request duration"},
            {"workload.stateful_connections", String.valueOf(w.statefulConnections()), "long-lived client connections (WebSockets)"},
        };
        for (String[] d : defaults) {
            if (req.sources().at(d[0]).isEmpty()) {
                out.add(new Design.WorkloadDefault(d[0], d[1], d[2]));
            }
        }
        if (req.sources().at("recovery.rpo").isEmpty()) {
            out.add(new Design.WorkloadDefault("recovery.rpo", Fmt.duration(req.recovery().rpoSeconds()), "recovery point objective"));
        }
        if (req.sources().at("recovery.rto").isEmpty()) {
            out.add(new Design.WorkloadDefault("recovery.rto", Fmt.duration(req.recovery().rtoSeconds()), "recovery time objective"));
        }
        return out;
    }
}

package dev.cloudwright.design;

import dev.cloudwright.core.Fmt;
import dev.cloudwright.model.Arch;
import dev.cloudwright.model.Keys;
import dev.cloudwright.model.Component;
import dev.cloudwright.model.InstanceCatalog;
import dev.cloudwright.model.InstanceCatalog.InstanceType;
import dev.cloudwright.model.Placement;
import dev.cloudwright.model.Role;
import dev.cloudwright.model.Sizing;
import dev.cloudwright.model.Usage;
import dev.cloudwright.pricing.AwsCostModel;
import dev.cloudwright.requirements.Requirements;
import dev.cloudwright.requirements.Requirements.Style;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Sizes the application tier for every compute style, prices each in the primary region, and
 * chooses one: serverless first, containers second, VMs third, unless the requirements force a style.
 */
final class ComputeSizer {
    /** Keep the fleet at or below this many tasks/instances at peak by choosing larger units. */
    static final int MAX_PEAK_UNITS = 25;
    /** The API gateway's integration timeout: requests running longer rule functions behind it out. */
    static final double API_TIMEOUT_SECONDS = 29;
    /** Default per-account concurrency of functions in a region. */
    static final double FUNCTION_CONCURRENCY_DEFAULT = 1000;
    /** Share of a Kubernetes node's CPU left for pods after system daemons. */
    static final double NODE_ALLOCATABLE = 0.85;

    private final Requirements req;
    private final Capacity cap;
    private final Assumptions a;
    private final AwsCostModel costs;
    private final int zones;
    private final InstanceCatalog instances = InstanceCatalog.aws();

    ComputeSizer(Requirements req, Capacity cap, Assumptions a, AwsCostModel costs, int zones) {
        this.req = req;
        this.cap = cap;
        this.a = a;
        this.costs = costs;
        this.zones = zones;
    }

    /** The decision: chosen option, why, and every option considered. */
    record Choice(ComputeOption chosen, String reason, List<ComputeOption> options, List<String> notes) {}

    Choice choose() {
        List<ComputeOption> options = List.of(serverless(), containers(), kubernetes(), vms());
        List<String> notes = new ArrayList<>();
        ComputeOption sl = options.get(0);
        ComputeOption ct = options.get(1);
        double peakConcurrency = cap.peakRps() * a.get("response_time_ms") / 1000.0;
        Style forced = req.workload().style();
        ComputeOption chosen;
        String reason;
        if (forced != Style.AUTO) {
            chosen = options.stream().filter(o -> o.style() == forced).findFirst().orElseThrow();
            reason = "The requirements set `style: " + forced.name().toLowerCase(Locale.ROOT) + "`.";
            if (!chosen.eligible()) {
                notes.add("The forced style does not fit the workload: " + chosen.whyNot());
            }
            ComputeOption cheapest = options.stream().filter(ComputeOption::eligible)
                    .min((x, y) -> Double.compare(x.monthlyUsd(), y.monthlyUsd())).orElse(chosen);
            if (cheapest != chosen && cheapest.monthlyUsd() < chosen.monthlyUsd() * 0.8) {
                notes.add(String.format(Locale.ROOT, "%s would cost %s a month against %s for the forced %s.",
                        title(cheapest.style()), Fmt.usd(cheapest.monthlyUsd()), Fmt.usd(chosen.monthlyUsd()), title(forced)));
            }
        } else if (sl.eligible() && sl.monthlyUsd() <= ct.monthlyUsd() * (1 + a.get("serverless_premium_tolerance"))) {
            chosen = sl;
            reason = String.format(Locale.ROOT,
                    "Serverless first: functions fit this workload (requests finish within %ss, no long-lived connections) and cost %s a month "
                            + "against %s for containers, so there are no servers or tasks to operate and idle time costs nothing.",
                    Fmt.num(req.workload().longestRequestSeconds()), Fmt.usd(sl.monthlyUsd()), Fmt.usd(ct.monthlyUsd()));
        } else {
            chosen = ct;
            String why = !sl.eligible() ? sl.whyNot()
                    : String.format(Locale.ROOT, "at this volume functions would cost %s a month against %s for containers "
                            + "(%s more, beyond the %s premium accepted for serverless); steady high load favours always-on capacity",
                            Fmt.usd(sl.monthlyUsd()), Fmt.usd(ct.monthlyUsd()), Fmt.pct(sl.monthlyUsd() / ct.monthlyUsd() - 1),
                            Fmt.pct(a.get("serverless_premium_tolerance")));
            reason = "Containers second: serverless does not suit this workload because " + why
                    + ". Fargate tasks need no servers to patch; Kubernetes and VMs add operational work without a need for it here.";
        }
        if (chosen.style() == Style.SERVERLESS && peakConcurrency > FUNCTION_CONCURRENCY_DEFAULT * 0.8) {
            notes.add(String.format(Locale.ROOT, "Peak concurrency is %.0f executions, near or above the default regional quota of %.0f: "
                    + "request a quota increase before launch.", peakConcurrency, FUNCTION_CONCURRENCY_DEFAULT));
        }
        return new Choice(chosen, reason, options, notes);
    }

    static String title(Style s) {
        return switch (s) {
            case SERVERLESS -> "Serverless (functions)";
            case CONTAINERS -> "Containers (Fargate)";
            case KUBERNETES -> "Kubernetes (EKS)";
            case VMS -> "Virtual machines (EC2)";
            case AUTO -> "Auto";
        };
    }

    // ------------------------------------------------------------------ styles

    ComputeOption serverless() {
        double memoryGb = a.get("lambda_memory_mb") / 1024.0;
        double seconds = a.get("response_time_ms") / 1000.0;
        double gbSeconds = cap.monthlyRequests() * seconds * memoryGb;
        String whyNot = null;
        if (req.workload().statefulConnections()) {
            whyNot = "the workload keeps long-lived (stateful) connections, which functions cannot hold";
        } else if (req.workload().longestRequestSeconds() > API_TIMEOUT_SECONDS) {
            whyNot = String.format(Locale.ROOT, "its longest requests take %ss, beyond the API gateway's %ss integration timeout",
                    Fmt.num(req.workload().longestRequestSeconds()), Fmt.num(API_TIMEOUT_SECONDS));
        }
        Component fn = Component.builder("x.app", Role.COMPUTE, "aws.lambda", "functions")
                .placement(here()).set(Keys.ARCH, Arch.X86)
                .usage(Usage.REQUESTS, cap.monthlyRequests()).usage(Usage.GB_SECONDS, gbSeconds).build();
        Component api = Component.builder("x.api", Role.LOAD_BALANCER, "aws.apigateway-http", "api")
                .placement(here()).usage(Usage.REQUESTS, cap.monthlyRequests()).build();
        double cost = costs.price(fn).monthlyUsd() + costs.price(api).monthlyUsd();
        double concurrency = cap.peakRps() * seconds;
        Sizing s = Sizing.builder().sku(Math.round(a.get("lambda_memory_mb")) + "MB").memoryGb(memoryGb)
                .min(0).max((int) Math.ceil(concurrency * (1 + a.get("headroom")))).scaling("concurrency follows requests").build();
        String summary = String.format(Locale.ROOT, "%s MB functions, peak concurrency %.0f, %s invocations a month",
                Fmt.count(a.get("lambda_memory_mb")), concurrency, Fmt.count(cap.monthlyRequests()));
        return new ComputeOption(Style.SERVERLESS, "aws.lambda", "aws.apigateway-http", s, whyNot == null, whyNot, cost, summary);
    }

    ComputeOption containers() {
        double minVcpu = req.production() ? 1 : 0.5;
        InstanceType size = null;
        for (InstanceType t : instances.family("fargate")) {
            if (t.vcpu() < minVcpu) {
                continue;
            }
            size = t;
            if (Math.ceil(cap.peakVcpu() / t.vcpu()) <= MAX_PEAK_UNITS) {
                break;
            }
        }
        double vcpu = size.vcpu();
        double mem = fargateMemory(vcpu, vcpu * a.get("memory_per_vcpu_gb"));
        Fleet f = fleet(vcpu);
        String sku = Fmt.num(vcpu) + "vCPU-" + Fmt.num(mem) + "GB";
        Sizing s = Sizing.builder().sku(sku).vcpu(vcpu).memoryGb(mem).count(f.running).min(f.min).max(f.max)
                .scaling("target tracking: CPU " + Math.round(a.get("target_utilisation") * 100) + "%").build();
        Component app = Component.builder("x.app", Role.COMPUTE, "aws.ecs-fargate", "tasks").placement(here()).sizing(s)
                .set(Keys.ARCH, Arch.X86).build();
        double cost = costs.price(app).monthlyUsd() + albCost();
        String summary = String.format(Locale.ROOT, "%s vCPU / %s GB tasks, min %d, max %d, about %d running",
                Fmt.num(vcpu), Fmt.num(mem), f.min, f.max, f.running);
        return new ComputeOption(Style.CONTAINERS, "aws.ecs-fargate", "aws.alb", s, true, null, cost, summary);
    }

    ComputeOption kubernetes() {
        InstanceType node = pickInstance("m7i", NODE_ALLOCATABLE);
        Fleet f = fleet(node.vcpu() * NODE_ALLOCATABLE);
        Sizing s = Sizing.builder().sku(node.sku()).vcpu(node.vcpu()).memoryGb(node.memoryGib())
                .count(f.running).min(f.min).max(f.max).storageGb(50.0)
                .scaling("cluster autoscaler on pod demand; pods target CPU " + Math.round(a.get("target_utilisation") * 100) + "%")
                .build();
        Component app = Component.builder("x.app", Role.COMPUTE, "aws.eks", "cluster").placement(here()).sizing(s).build();
        double cost = costs.price(app).monthlyUsd() + albCost();
        String summary = String.format(Locale.ROOT, "EKS control plane and %s nodes, min %d, max %d, about %d running",
                node.sku(), f.min, f.max, f.running);
        return new ComputeOption(Style.KUBERNETES, "aws.eks", "aws.alb", s, true, null, cost, summary);
    }

    ComputeOption vms() {
        InstanceType t = pickInstance("m7i", 1.0);
        Fleet f = fleet(t.vcpu());
        Sizing s = Sizing.builder().sku(t.sku()).vcpu(t.vcpu()).memoryGb(t.memoryGib())
                .count(f.running).min(f.min).max(f.max).storageGb(30.0)
                .scaling("target tracking: CPU " + Math.round(a.get("target_utilisation") * 100) + "%").build();
        Component app = Component.builder("x.app", Role.COMPUTE, "aws.ec2-asg", "instances").placement(here()).sizing(s).build();
        double cost = costs.price(app).monthlyUsd() + albCost();
        String summary = String.format(Locale.ROOT, "%s instances, min %d, max %d, about %d running", t.sku(), f.min, f.max, f.running);
        return new ComputeOption(Style.VMS, "aws.ec2-asg", "aws.alb", s, true, null, cost, summary);
    }

    /** Fleet counts for units of {@code unitVcpu} usable vCPUs. */
    record Fleet(int min, int max, int running, int peak) {}

    Fleet fleet(double unitVcpu) {
        int peak = (int) Math.ceil(cap.peakVcpu() / unitVcpu);
        double avgUnits = cap.avgVcpu() / unitVcpu;
        int min;
        if (req.production() && zones > 1) {
            // static stability: with one zone lost, the remaining zones still carry the average load
            int needed = (int) Math.ceil(avgUnits * zones / (zones - 1.0));
            min = roundUp(Math.max(zones, needed), zones);
        } else {
            min = Math.max(1, (int) Math.ceil(avgUnits));
        }
        int max = Math.max(min, (int) Math.ceil(peak * (1 + a.get("headroom"))));
        int running = Math.max(min, (int) Math.ceil(avgUnits));
        return new Fleet(min, max, running, peak);
    }

    private InstanceType pickInstance(String series, double usable) {
        InstanceType pick = null;
        for (InstanceType t : instances.family("ec2")) {
            if (!t.sku().startsWith(series + ".")) {
                continue;
            }
            pick = t;
            if (Math.ceil(cap.peakVcpu() / (t.vcpu() * usable)) <= MAX_PEAK_UNITS) {
                break;
            }
        }
        return pick;
    }

    /** Fargate's memory range per vCPU size; the requested memory is clamped into it. */
    static double fargateMemory(double vcpu, double wanted) {
        double lo = vcpu * 2;
        double hi = vcpu <= 0.5 ? 4 : vcpu <= 1 ? 8 : vcpu <= 2 ? 16 : vcpu <= 4 ? 30 : vcpu <= 8 ? 60 : 120;
        double m = Math.max(lo, Math.min(hi, wanted));
        return vcpu >= 4 ? Math.ceil(m / 4) * 4 : Math.ceil(m);
    }

    private double albCost() {
        Component alb = Component.builder("x.alb", Role.LOAD_BALANCER, "aws.alb", "alb").placement(here())
                .usage(Usage.NEW_CONNECTIONS, cap.monthlyRequests() / a.get("requests_per_connection"))
                .usage(Usage.PROCESSED_GB, cap.egressGbPerMonth()).build();
        return costs.price(alb).monthlyUsd();
    }

    private Placement here() {
        return Placement.regional(req.primaryRegion(), List.of());
    }

    static int roundUp(int n, int multiple) {
        return ((n + multiple - 1) / multiple) * multiple;
    }
}

package dev.cloudwright.terraform.write;

import static dev.cloudwright.terraform.write.Hcl.attr;
import static dev.cloudwright.terraform.write.Hcl.block;
import static dev.cloudwright.terraform.write.Hcl.raw;

import dev.cloudwright.model.Architecture;
import dev.cloudwright.model.Component;
import dev.cloudwright.model.RegionPlan;
import dev.cloudwright.model.Role;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes the Terraform for an architecture: a root module with one call per component and region to the
 * bundled modules (see {@code terraform/modules/aws/CONTRACT.md}), providers for each region, variables
 * with validations, outputs, and a README. Only this package and the modules know Terraform's names; the
 * writer reads the design's typed settings ({@code Keys}), and AWS facts from the bundled data files.
 *
 * <p>The work is split by layer: {@link SecurityModules} (keys, secrets, monitoring, audit, backup),
 * {@link NetworkEdge} (network, load balancers, CDN, DNS), {@link ComputeModules}, {@link DataModules}
 * (databases, caches, queues, buckets) and {@link RootFiles} (versions, providers, variables), all writing
 * into one {@link RootModule}.
 */
public final class AwsTerraformWriter {

    /** Project settings that are not in the architecture. */
    /**
     * What the Terraform is for: names and tags, and the design's failover procedure for the README's runbook (each
     * step's command with {@code {failover_targets}} left for the writer to fill with the recovery region's modules).
     */
    public record Project(String name, String environment, String owner, String costCentre, List<Step> failover) {
        public Project {
            failover = List.copyOf(failover);
        }

        public Project(String name, String environment, String owner, String costCentre) {
            this(name, environment, owner, costCentre, List.of());
        }
    }

    /** One runbook step: what is done, the command or variable that does it, and whether a person runs it. */
    public record Step(String action, String command, boolean automated) {}

    /** A written file: path relative to the output folder, and its text. */
    public record File(String path, String text) {}

    private static final String MODULES = "/dev/cloudwright/terraform/modules/aws/";
    private static final Map<String, List<String>> MODULE_FILES = new LinkedHashMap<>();

    private final RootModule m;
    private final SecurityModules security;
    private final NetworkEdge edge;
    private final ComputeModules compute;
    private final DataModules data;

    private AwsTerraformWriter(Architecture arch, Project project) {
        this.m = new RootModule(arch, project);
        this.security = new SecurityModules(m);
        this.edge = new NetworkEdge(m);
        this.compute = new ComputeModules(m);
        this.data = new DataModules(m, compute);
    }

    /** The files of the Terraform folder for this architecture, in a fixed order. */
    public static List<File> write(Architecture arch, Project project) {
        return new AwsTerraformWriter(arch, project).files();
    }

    private List<File> files() {
        for (RegionPlan r : m.arch.regions()) {
            region(r.region());
        }
        edge.global();
        RootFiles root = new RootFiles(m);
        List<File> out = new ArrayList<>();
        out.add(new File("terraform/versions.tf", root.versions()));
        out.add(new File("terraform/providers.tf", root.providers()));
        out.add(new File("terraform/variables.tf", root.variables()));
        out.add(new File("terraform/locals.tf", root.locals()));
        for (Map.Entry<String, List<Hcl.Node>> l : m.layers.entrySet()) {
            if (!l.getValue().isEmpty()) {
                out.add(new File("terraform/" + l.getKey() + ".tf", Hcl.render(l.getValue())));
            }
        }
        m.outputs.add(block("output", List.of("domain_name"), List.of(attr("description", "DNS name of the service."),
                attr("value", raw("var.domain_name")))));
        out.add(new File("terraform/outputs.tf", Hcl.render(m.outputs)));
        out.add(new File("terraform/terraform.tfvars.example", root.tfvarsExample()));
        for (String module : m.used) {
            for (String f : moduleFiles(module)) {
                out.add(new File("terraform/modules/" + module + "/" + f, resource(MODULES + module + "/" + f)));
            }
        }
        out.add(new File("terraform/README.md", TerraformReadme.render(m.arch, m.project, m.primary, m.secondary, m.used, m.notes,
                m.recoveryModules, m.appVariables)));
        return out;
    }

    /** One region, in dependency order: keys, network, secrets, data, front door, compute, observability, backup. */
    private void region(String r) {
        security.keys(r);
        m.find(r, "aws.vpc").ifPresent(vpc -> edge.network(r, vpc));
        security.secrets(r);
        for (Component c : m.arch.components()) {
            if (c.region().equals(r)) {
                data.write(r, c);
            }
        }
        Optional<Component> alb = m.find(r, "aws.alb");
        alb.ifPresent(a -> edge.loadBalancer(r, a, compute.appPort(r), compute.application(r)));
        for (Component c : m.all(r, Role.COMPUTE)) {
            compute.compute(r, c, alb.isPresent());
        }
        security.observability(r);
        security.backup(r);
    }

    // ------------------------------------------------------------------ bundled modules

    /** The files of a bundled module, from the modules' index (a test keeps it in step with the folders). */
    private static List<String> moduleFiles(String module) {
        synchronized (MODULE_FILES) {
            if (MODULE_FILES.isEmpty()) {
                for (String line : resource(MODULES + "INDEX").split("\n")) {
                    String l = line.trim();
                    if (!l.isEmpty() && !l.startsWith("#")) {
                        int slash = l.indexOf('/');
                        MODULE_FILES.computeIfAbsent(l.substring(0, slash), k -> new ArrayList<>()).add(l.substring(slash + 1));
                    }
                }
            }
            List<String> files = MODULE_FILES.get(module);
            if (files == null) {
                throw new IllegalStateException("module " + module + " is not in the bundled modules' index");
            }
            return files;
        }
    }

    private static String resource(String path) {
        try (InputStream in = AwsTerraformWriter.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing bundled module file " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

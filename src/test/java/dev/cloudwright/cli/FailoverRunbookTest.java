package dev.cloudwright.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cloudwright.TestFiles;
import dev.cloudwright.design.Design;
import dev.cloudwright.design.Designer;
import dev.cloudwright.requirements.RequirementsParser;
import dev.cloudwright.resilience.RecoveryStep;
import dev.cloudwright.terraform.write.AwsTerraformWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A failover works as written: every step of the design's procedure names the command or variable that performs it,
 * the README's runbook prints them, and what the commands rely on exists in the generated Terraform (the failover
 * switch, the modules a failover apply targets, the DNS gate that keeps traffic until the database is promoted).
 */
class FailoverRunbookTest {

    private static Design design(String example) {
        return new Designer().design(RequirementsParser.parseFile(TestFiles.example(example + ".yaml")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ecommerce", "startup", "regulated-api", "global-service"})
    void everyStepNamesWhatPerformsItAndTheTerraformHasIt(String example) {
        Design d = design(example);
        Map<String, String> files = DesignCommand.terraform(d).stream()
                .collect(Collectors.toMap(AwsTerraformWriter.File::path, AwsTerraformWriter.File::text));
        String readme = files.get("terraform/README.md");
        String tf = files.entrySet().stream().filter(e -> e.getKey().endsWith(".tf") && !e.getKey().contains("/modules/"))
                .map(Map.Entry::getValue).collect(Collectors.joining("\n"));
        String primary = d.architecture().regions().get(0).region();
        List<String> problems = new ArrayList<>();
        for (RecoveryStep s : d.disasterRecovery().chosen().steps()) {
            String command = s.command(primary, d.disasterRecovery().recoveryRegion(), "{failover_targets}");
            if (command.isBlank() || command.contains("{")  && !command.contains("{failover_targets}")) {
                problems.add("step " + s.order() + " names nothing that performs it: " + command);
            }
            String printed = command.replace(" {failover_targets}", "");
            if (!readme.contains(printed.split(" -target=")[0])) {
                problems.add("step " + s.order() + "'s command is not in the README runbook: " + printed);
            }
        }
        if (readme.contains("-var failover=true")) {
            if (!tf.contains("variable \"failover\"")) {
                problems.add("the runbook sets failover, which variables.tf does not declare");
            }
            Matcher m = Pattern.compile("-target=module\\.([a-z0-9_]+)").matcher(readme);
            while (m.find()) {
                if (!tf.contains("module \"" + m.group(1) + "\"")) {
                    problems.add("the failover apply targets module." + m.group(1) + ", which the configuration does not call");
                }
            }
            if (tf.contains("routing     = \"failover\"") && !tf.contains("standby_open = var.failover")) {
                problems.add("failover routing without the DNS gate: traffic would move before the database is promoted");
            }
        }
        assertEquals(List.of(), problems);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ecommerce"})
    void aStandbyIsCompletedByTheFailoverSwitch(String example) {
        Map<String, String> files = DesignCommand.terraform(design(example)).stream()
                .collect(Collectors.toMap(AwsTerraformWriter.File::path, AwsTerraformWriter.File::text));
        String tf = String.join("\n", files.entrySet().stream().filter(e -> e.getKey().endsWith(".tf") && !e.getKey().contains("/modules/"))
                .map(Map.Entry::getValue).toList());
        // The standby's fleet takes the primary's size, and what it lacks is created, only when var.failover is set.
        assertTrue(Pattern.compile("desired_count\\s+= var\\.failover \\? \\d+ : \\d+").matcher(tf).find(), tf);
        assertTrue(Pattern.compile("nat_gateways\\s+= var\\.failover \\? \"(per_az|single)\" : \"(none|single)\"").matcher(tf).find(), tf);
        assertTrue(tf.contains("standby_open = var.failover"), "the DNS gate");
    }
}

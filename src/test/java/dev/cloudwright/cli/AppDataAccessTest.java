package dev.cloudwright.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.cloudwright.TestFiles;
import dev.cloudwright.design.Design;
import dev.cloudwright.design.Designer;
import dev.cloudwright.model.Component;
import dev.cloudwright.model.RegionPlan;
import dev.cloudwright.model.Role;
import dev.cloudwright.requirements.RequirementsParser;
import dev.cloudwright.terraform.write.AwsTerraformWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The application can reach its data: each region's application gets the endpoints and secrets of the stores it uses. */
class AppDataAccessTest {

    @ParameterizedTest
    @ValueSource(strings = {"ecommerce", "startup", "regulated-api", "global-service"})
    void everyServingRegionsApplicationIsGivenItsDataStores(String example) {
        Design d = new Designer().design(RequirementsParser.parseFile(TestFiles.example(example + ".yaml")));
        Map<String, String> files = DesignCommand.terraform(d).stream()
                .collect(Collectors.toMap(AwsTerraformWriter.File::path, AwsTerraformWriter.File::text));
        String compute = files.get("terraform/compute.tf");
        List<String> problems = new ArrayList<>();
        for (RegionPlan r : d.architecture().regions()) {
            List<Component> here = d.architecture().inRegion(r.region());
            if (here.stream().noneMatch(c -> c.role() == Role.COMPUTE)) {
                continue;
            }
            String part = r.region().equals(d.architecture().regions().get(0).region()) ? "primary" : "secondary";
            String app = block(compute, "module \"app_" + part + "\"");
            boolean relational = here.stream().anyMatch(c -> c.service().equals("aws.aurora") || c.service().equals("aws.rds"));
            if (relational && !(app.contains("DB_HOST") && app.contains("DB_CREDENTIALS"))) {
                problems.add(r.region() + ": the application is not given the database endpoint and credentials");
            }
            if (d.architecture().components().stream().anyMatch(c -> c.service().equals("aws.dynamodb")) && !app.contains("TABLE_NAME")) {
                problems.add(r.region() + ": the application is not given its table");
            }
            if (here.stream().anyMatch(c -> c.service().equals("aws.elasticache")) && !app.contains("CACHE_HOST")) {
                problems.add(r.region() + ": the application is not given the cache endpoint");
            }
            boolean stores = here.stream().anyMatch(c -> c.service().equals("aws.sqs") || c.service().equals("aws.dynamodb"))
                    || d.architecture().components().stream().anyMatch(c -> c.service().equals("aws.dynamodb"));
            if (stores && !compute.contains("resource \"aws_iam_role_policy\" \"app_data_" + part + "\"")) {
                problems.add(r.region() + ": no permissions for the application's tables or queues");
            }
        }
        // The README lists exactly the variables the Terraform passes to the application, each with what it holds.
        java.util.Set<String> passed = new java.util.TreeSet<>();
        java.util.regex.Matcher v = java.util.regex.Pattern.compile("\\b([A-Z][A-Z_]+) += ").matcher(compute);
        while (v.find()) {
            passed.add(v.group(1));
        }
        java.util.Set<String> listed = new java.util.TreeSet<>();
        java.util.regex.Matcher l = java.util.regex.Pattern.compile("(?m)^- `([A-Z][A-Z_]+)`: ").matcher(files.get("terraform/README.md"));
        while (l.find()) {
            listed.add(l.group(1));
        }
        assertEquals(passed, listed, "variables passed to the application and listed in the README");
        assertEquals(List.of(), problems);
    }

    private static String block(String text, String header) {
        int at = text.indexOf(header);
        if (at < 0) {
            return "";
        }
        int end = text.indexOf("\n}\n", at);
        return text.substring(at, end < 0 ? text.length() : end);
    }
}

package dev.cloudwright.terraform.write;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The modules' index lists exactly the files of the bundled module folders. */
class ModulesIndexTest {
    private static final Path MODULES = Path.of("src/main/resources/dev/cloudwright/terraform/modules/aws");

    @Test
    void indexMatchesTheFolders() throws IOException {
        List<String> onDisk;
        try (Stream<Path> s = Files.walk(MODULES)) {
            onDisk = s.filter(Files::isRegularFile).map(p -> MODULES.relativize(p).toString().replace('\\', '/')).filter(p -> p.contains("/")).sorted()
                    .toList();
        }
        List<String> indexed = Files.readAllLines(MODULES.resolve("INDEX")).stream().map(String::trim).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                .sorted().toList();
        assertEquals(onDisk, indexed, "regenerate INDEX: for d in */; do for f in $(ls $d | sort); do echo \"${d%/}/$f\"; done; done");
    }

    /** The alarms the designer bills (aws/alarms.tsv) are the alarms the monitoring module defines, one row each. */
    @Test
    void alarmTableMatchesTheMonitoringModule() throws IOException {
        String module = Files.readString(MODULES.resolve("monitoring/alarms.tf"));
        var m = java.util.regex.Pattern.compile("resource \"aws_cloudwatch_metric_alarm\" \"([a-z0-9_]+)\"").matcher(module);
        List<String> defined = new java.util.ArrayList<>();
        while (m.find()) {
            defined.add(m.group(1));
        }
        List<String> billed = dev.cloudwright.core.Tsv.resource("dev/cloudwright/aws/alarms.tsv").stream().map(r -> r.get("alarm")).sorted().toList();
        assertEquals(defined.stream().sorted().toList(), billed);
    }
}

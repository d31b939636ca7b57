package dev.cloudwright.terraform.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.cloudwright.terraform.hcl.Diagnostic;
import dev.cloudwright.terraform.hcl.Expr;
import dev.cloudwright.terraform.hcl.Parser;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Table-driven checks of the built-in functions: one line of functions.tsv per case. */
class FunctionsTest {

    private static final Scope NO_REFERENCES = t -> {
        throw new EvalError("Reference not available", t.rootName(), t.range());
    };

    static String evaluate(String src, Path dir) {
        List<Diagnostic> diags = new ArrayList<>();
        Expr e = Parser.parseExpression("case.tf", src, diags);
        if (!diags.isEmpty()) {
            return "parse error: " + diags.get(0).summary();
        }
        try {
            Value v = new Evaluator(NO_REFERENCES, dir, (f, vars, at) -> Value.unknown("template")).eval(e);
            return v.isWhollyKnown() ? Functions.jsonEncode(v) : "unknown";
        } catch (EvalError ex) {
            return "error: " + ex.summary();
        }
    }

    @TestFactory
    Stream<DynamicTest> functionTable() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        try (InputStream in = FunctionsTest.class.getResourceAsStream("functions.tsv")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int lineNo = 0;
            for (String line : text.split("\n", -1)) {
                lineNo++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t", -1);
                if (cols.length != 2) {
                    fail("functions.tsv:" + lineNo + ": expected 2 tab-separated columns");
                }
                String expr = cols[0].replace("\\n", "\n").replace("\\t", "\t");
                String want = cols[1];
                int n = lineNo;
                tests.add(DynamicTest.dynamicTest("line " + n + ": " + cols[0], () -> {
                    String got = evaluate(expr, Path.of("src/test/resources/dev/cloudwright/terraform/eval"));
                    if (want.startsWith("error: ") && want.length() == 7) {
                        assertTrue(got.startsWith("error: "), got);
                    } else {
                        assertEquals(want, got, "functions.tsv:" + n);
                    }
                }));
            }
        }
        assertTrue(tests.size() > 5);
        return tests.stream();
    }
}

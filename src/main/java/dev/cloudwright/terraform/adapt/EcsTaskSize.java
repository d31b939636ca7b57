package dev.cloudwright.terraform.adapt;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The size of an ECS task definition, read in every form the ECS API accepts: CPU as CPU units ({@code 1024}) or as
 * vCPUs ({@code "1 vCPU"}, {@code "0.5 vcpu"}), memory as MiB ({@code 2048}) or as GB ({@code "2 GB"}, {@code "0.5GB"}).
 * One vCPU is 1,024 CPU units and one GB is 1,024 MiB. A value in none of these forms is not guessed: the size is
 * unresolved, with the value and where it is written.
 */
final class EcsTaskSize {
    /** Where AWS documents the forms. */
    static final String FORMS = "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_definition_parameters.html#task_size";

    private static final BigDecimal UNITS_PER_VCPU = BigDecimal.valueOf(1024);
    private static final BigDecimal MIB_PER_GB = BigDecimal.valueOf(1024);
    private static final Pattern WHOLE = Pattern.compile("[0-9]+");
    private static final Pattern VCPU = Pattern.compile("([0-9]+(?:\\.[0-9]+)?|\\.[0-9]+) ?vcpu", Pattern.CASE_INSENSITIVE);
    private static final Pattern GB = Pattern.compile("([0-9]+(?:\\.[0-9]+)?|\\.[0-9]+) ?gb", Pattern.CASE_INSENSITIVE);

    private EcsTaskSize() {}

    /** Task size as the catalog names it ("2vCPU-4GB"), with vCPUs and GB; unresolved when either is not known. */
    static void apply(Draft d, Res td) {
        Fact<BigDecimal> vcpu = vcpus(td.str("cpu"));
        Fact<BigDecimal> gb = gigabytes(td.str("memory"));
        if (vcpu.known() && gb.known()) {
            BigDecimal v = vcpu.value().setScale(2, RoundingMode.HALF_UP);
            BigDecimal g = gb.value().setScale(2, RoundingMode.HALF_UP);
            d.sku = dev.cloudwright.core.Fmt.num(v) + "vCPU-" + dev.cloudwright.core.Fmt.num(g) + "GB";
            d.vcpu = v.doubleValue();
            d.memoryGb = g.doubleValue();
        } else if (vcpu.isUnknown() || gb.isUnknown()) {
            d.unresolved("sku", vcpu.isUnknown() ? vcpu.reason() : gb.reason());
        }
    }

    /** vCPUs from CPU units or a vCPU string. */
    static Fact<BigDecimal> vcpus(Fact<String> cpu) {
        return parse(cpu, "cpu", VCPU, UNITS_PER_VCPU, "CPU units (1024) nor vCPUs (\"1 vCPU\", \"0.5 vcpu\")");
    }

    /** GB from MiB or a GB string. */
    static Fact<BigDecimal> gigabytes(Fact<String> memory) {
        return parse(memory, "memory", GB, MIB_PER_GB, "MiB (2048) nor GB (\"2 GB\", \"0.5GB\")");
    }

    private static Fact<BigDecimal> parse(Fact<String> f, String name, Pattern large, BigDecimal perLarge, String forms) {
        if (!f.known()) {
            return f.map(v -> null);
        }
        String text = f.value();
        if (WHOLE.matcher(text).matches()) {
            return value(f, new BigDecimal(text).divide(perLarge, 4, RoundingMode.HALF_UP));
        }
        Matcher m = large.matcher(text);
        if (m.matches()) {
            return value(f, new BigDecimal(m.group(1)));
        }
        String where = f.at() == null ? "" : " (" + Fact.position(f.at()) + ")";
        return Fact.unknown(name + " = \"" + text + "\"" + where + " is neither " + forms + ", the forms ECS accepts (" + FORMS + ")", f.at());
    }

    private static Fact<BigDecimal> value(Fact<String> f, BigDecimal v) {
        if (v.signum() <= 0) {
            return Fact.unknown("a task size of " + f.value() + " is not a size ECS accepts (" + FORMS + ")", f.at());
        }
        return new Fact<>(v.stripTrailingZeros(), f.origin(), f.reason(), f.at());
    }
}

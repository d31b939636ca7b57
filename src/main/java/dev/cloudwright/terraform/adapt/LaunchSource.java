package dev.cloudwright.terraform.adapt;

import dev.cloudwright.terraform.eval.Value;
import dev.cloudwright.terraform.hcl.Range;
import dev.cloudwright.terraform.module.EvaluatedBody;
import java.util.List;

/**
 * What an Auto Scaling group (or an instance, or a node group) launches, found as AWS finds it: a launch template by
 * id or by name, or a launch configuration by name, each by reference or by the literal value. It resolves to the
 * resource in the configuration, or says why it cannot: a literal id or name of a template made elsewhere, a data
 * source, a value not known offline.
 *
 * @param resource the aws_launch_template or aws_launch_configuration, or null when it is not in the configuration
 * @param reason   why it is not (null when found)
 * @param at       the argument that names it
 */
record LaunchSource(Res resource, String reason, Range at) {
    static final String TEMPLATE = "aws_launch_template";
    static final String CONFIGURATION = "aws_launch_configuration";

    boolean found() {
        return resource != null;
    }

    /**
     * The launch template of an Auto Scaling group ({@code launch_template}, or the one of its
     * {@code mixed_instances_policy}), else its launch configuration; null when it names none.
     */
    static LaunchSource ofGroup(Res asg) {
        LaunchSource t = template(asg, asg.blocks("launch_template"), "id", "name");
        for (EvaluatedBody.Block mixed : asg.blocks("mixed_instances_policy")) {
            for (EvaluatedBody.Block lt : mixed.body().blocks("launch_template")) {
                t = t != null ? t : template(asg, lt.body().blocks("launch_template_specification"), "launch_template_id", "launch_template_name");
            }
        }
        if (t != null) {
            return t;
        }
        EvaluatedBody.Attr lc = asg.attr("launch_configuration");
        return lc == null || lc.value().isNull() ? null : resolve(asg, lc, asg.refs("launch_configuration"), CONFIGURATION, "name");
    }

    /** The launch template named in the first of {@code blocks} (a {@code launch_template} block), by id or by name; null when none. */
    static LaunchSource template(Res from, List<EvaluatedBody.Block> blocks, String idArg, String nameArg) {
        for (EvaluatedBody.Block b : blocks) {
            EvaluatedBody.Attr id = b.body().attribute(idArg);
            EvaluatedBody.Attr name = b.body().attribute(nameArg);
            if (id != null && !id.value().isNull()) {
                return resolve(from, id, from.refs(b.body(), idArg), TEMPLATE, "id");
            }
            if (name != null && !name.value().isNull()) {
                return resolve(from, name, from.refs(b.body(), nameArg), TEMPLATE, "name");
            }
        }
        return null;
    }

    /** The resource of {@code type} an argument names: by reference, else by its literal name. */
    private static LaunchSource resolve(Res from, EvaluatedBody.Attr a, List<Res> refs, String type, String by) {
        String what = type.equals(TEMPLATE) ? "launch template" : "launch configuration";
        for (Res r : refs) {
            if (!r.type().equals(type)) {
                continue;
            }
            if (r.instance.isData()) {
                return new LaunchSource(null, "the " + what + " is read from " + r.address() + ", outside this configuration: what it launches is not known offline",
                        a.range());
            }
            return new LaunchSource(r, null, a.range());
        }
        if (!a.value().isWhollyKnown()) {
            return new LaunchSource(null, "the " + what + " is not known offline: " + a.value().firstUnknown().reason(), a.range());
        }
        String value = a.value() instanceof Value.Str s ? s.value() : String.valueOf(a.value());
        if (by.equals("name")) {
            for (Res r : from.ofType(type)) {
                if (!r.instance.isData() && value.equals(r.str("name").orElse(null)) && sameRegion(from, r)) {
                    return new LaunchSource(r, null, a.range());
                }
            }
        }
        return new LaunchSource(null, what + " " + by + " \"" + value + "\" names no " + type + " in this configuration"
                + (by.equals("id") ? " (AWS assigns ids: the template was made elsewhere)" : "") + ": what it launches is not known offline", a.range());
    }

    private static boolean sameRegion(Res a, Res b) {
        return a.region() == null || b.region() == null || a.region().equals(b.region());
    }
}

package dev.cloudwright.terraform.adapt;

import dev.cloudwright.model.Key;
import dev.cloudwright.model.Keys;
import dev.cloudwright.terraform.eval.Value;
import dev.cloudwright.terraform.hcl.Range;
import dev.cloudwright.terraform.module.EvaluatedBody;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * IAM roles stay supporting resources; what their permission policies allow is recorded on the components that run as
 * them (a function's role, a task's roles, an instance's profile, a cluster's roles), at the statement that allows it:
 * every action, every IAM action, passing any role, actions that grant more permissions, a whole service on every
 * resource. The policies are the role's inline policies and the customer policies attached to it, read as far as they
 * are known offline ({@link PolicyStatements}); of the AWS managed policies only AdministratorAccess and IAMFullAccess
 * are known. A policy not read makes the settings it could decide unknown. Trust policies are not permissions.
 */
final class IamRoles {
    private IamRoles() {}

    /** Actions that let the caller give itself (or a principal it controls) more permissions. */
    static final List<String> ESCALATION = List.of("iam:CreatePolicyVersion", "iam:SetDefaultPolicyVersion", "iam:AttachRolePolicy",
            "iam:PutRolePolicy", "iam:AttachUserPolicy", "iam:PutUserPolicy", "iam:AttachGroupPolicy", "iam:PutGroupPolicy",
            "iam:UpdateAssumeRolePolicy", "iam:CreateAccessKey", "iam:CreateLoginProfile", "iam:UpdateLoginProfile", "iam:AddUserToGroup");

    private record Check(Key<Boolean> key, Predicate<PolicyStatement> allows) {}

    private static final List<Check> CHECKS = List.of(
            new Check(Keys.ROLE_ALLOWS_ALL_ACTIONS, s -> s.known() && "Allow".equals(s.effect()) && s.actions().stream().anyMatch(a -> a.equals("*") || a.equals("*:*"))),
            new Check(Keys.ROLE_ALLOWS_IAM_ADMIN, s -> s.known() && "Allow".equals(s.effect()) && s.actions().stream().anyMatch(a -> a.equalsIgnoreCase("iam:*"))),
            new Check(Keys.ROLE_PASSES_ANY_ROLE, s -> s.allowsOnAnyResource() && s.covers("iam:PassRole") && !everything(s)),
            new Check(Keys.ROLE_CAN_ESCALATE, s -> s.allowsOnAnyResource() && !everything(s) && ESCALATION.stream().anyMatch(s::covers)),
            new Check(Keys.ROLE_SERVICE_WILDCARD, s -> s.allowsOnAnyResource() && s.actions().stream()
                    .anyMatch(a -> a.endsWith(":*") && !a.equals("*:*") && !a.equalsIgnoreCase("iam:*"))));

    /** A statement the all-actions or all-IAM checks already report. */
    private static boolean everything(PolicyStatement s) {
        return s.actions().stream().anyMatch(a -> a.equals("*") || a.equals("*:*") || a.equalsIgnoreCase("iam:*"));
    }

    static void apply(Context ctx) {
        for (Draft d : ctx.drafts()) {
            Set<Res> roles = new LinkedHashSet<>();
            for (String address : d.resources) {
                Res r = ctx.index.get(address);
                if (r != null && !r.type().startsWith("aws_iam_")) {
                    collect(r, r.body(), roles);
                }
            }
            for (Res role : roles) {
                role(ctx, role, d);
            }
        }
    }

    /** The roles a resource runs as: referred to directly, or through an instance profile. */
    private static void collect(Res r, EvaluatedBody body, Set<Res> roles) {
        for (EvaluatedBody.Attr a : body.attributes().values()) {
            if (a.name().equals("assume_role_policy")) {
                continue;
            }
            for (String ref : a.references()) {
                Res t = r.refsIndex(ref);
                if (t == null) {
                    continue;
                }
                if (t.type().equals("aws_iam_role")) {
                    roles.add(t);
                } else if (t.type().equals("aws_iam_instance_profile")) {
                    roles.addAll(t.refs("role").stream().filter(x -> x.type().equals("aws_iam_role")).toList());
                }
            }
        }
        for (EvaluatedBody.Block b : body.blocks()) {
            collect(r, b.body(), roles);
        }
    }

    /** Every permission statement of the role, and why some may not be read (null: all are). */
    private static void role(Context ctx, Res role, Draft d) {
        List<PolicyStatement> statements = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        List<Range> unknownAt = new ArrayList<>();
        for (EvaluatedBody.Block b : role.blocks("inline_policy")) {
            read(ctx, b.body().attribute("policy"), statements, unknown, unknownAt);
        }
        for (Res p : role.referrers("aws_iam_role_policy", "role")) {
            read(ctx, p.attr("policy"), statements, unknown, unknownAt);
        }
        List<EvaluatedBody.Attr> arns = new ArrayList<>();
        List<Res> attachedPolicies = new ArrayList<>();
        for (Res a : role.referrers("aws_iam_role_policy_attachment", "role")) {
            arns.add(a.attr("policy_arn"));
            attachedPolicies.addAll(a.refs("policy_arn"));
        }
        for (Res a : role.referrers("aws_iam_policy_attachment", "roles")) {
            arns.add(a.attr("policy_arn"));
            attachedPolicies.addAll(a.refs("policy_arn"));
        }
        if (role.attr("managed_policy_arns") != null) {
            arns.add(role.attr("managed_policy_arns"));
            attachedPolicies.addAll(role.refs("managed_policy_arns"));
        }
        for (Res p : attachedPolicies) {
            if (p.type().equals("aws_iam_policy")) {
                read(ctx, p.attr("policy"), statements, unknown, unknownAt);
            }
        }
        for (EvaluatedBody.Attr a : arns) {
            managed(a, statements);
        }
        for (Check c : CHECKS) {
            PolicyStatement hit = statements.stream().filter(c.allows()).findFirst().orElse(null);
            if (hit != null) {
                d.set(c.key(), true, hit.at());
            } else if (!unknown.isEmpty() && !Boolean.TRUE.equals(d.value(c.key()))) {
                d.unknown(c.key(), "a policy of " + role.address() + " is not known offline: " + unknown.get(0), unknownAt.get(0));
            } else if (statements.stream().anyMatch(s -> !s.known() && "Allow".equals(s.effect()))
                    && !Boolean.TRUE.equals(d.value(c.key()))) {
                PolicyStatement s = statements.stream().filter(x -> !x.known()).findFirst().get();
                d.unknown(c.key(), "a statement of a policy of " + role.address() + " depends on values not known offline", s.at());
            }
        }
    }

    private static void read(Context ctx, EvaluatedBody.Attr a, List<PolicyStatement> out, List<String> unknown, List<Range> unknownAt) {
        if (a == null || a.value().isNull()) {
            return;
        }
        PolicyStatements.Reading r = PolicyStatements.read(a, ctx.index);
        out.addAll(r.statements());
        if (r.unknown() != null) {
            unknown.add(r.unknown());
            unknownAt.add(a.range());
        }
    }

    /** The AWS managed policies whose permissions are known here: AdministratorAccess (everything) and IAMFullAccess (iam:*). */
    private static void managed(EvaluatedBody.Attr a, List<PolicyStatement> out) {
        if (a == null) {
            return;
        }
        List<String> arns = new ArrayList<>();
        if (a.value() instanceof Value.Str s) {
            arns.add(s.value());
        } else if (a.value() instanceof Value.Seq seq) {
            seq.items().stream().filter(i -> i instanceof Value.Str).forEach(i -> arns.add(((Value.Str) i).value()));
        }
        for (String arn : arns) {
            if (arn.endsWith(":policy/AdministratorAccess")) {
                out.add(new PolicyStatement("", "Allow", List.of("*"), false, java.util.Map.of(), true, true, a.range(), List.of("*")));
            } else if (arn.endsWith(":policy/IAMFullAccess")) {
                out.add(new PolicyStatement("", "Allow", List.of("iam:*"), false, java.util.Map.of(), true, true, a.range(), List.of("*")));
            }
        }
    }
}

package dev.cloudwright.terraform.adapt;

import dev.cloudwright.model.Keys;
import dev.cloudwright.model.Role;
import java.util.List;

/** Step Functions state machines: workflow type (Standard or Express), logging, tracing, encryption key. */
@ResourceAdapter.Adapts(anchors = "aws_sfn_state_machine", services = "aws.step-functions",
        summary = "Step Functions state machine: Standard or Express, logging, tracing")
final class WorkflowAdapter implements ResourceAdapter {

    @Override
    public void adapt(List<Res> machines, Context ctx) {
        for (Res m : machines) {
            Draft d = ctx.component(m, Role.WORKFLOW, "aws.step-functions");
            Aws.managedZones(d);
            d.set(Keys.WORKFLOW_TYPE, m.str("type"));
            d.set(Keys.TRACING, m.bool("tracing_configuration.enabled").map(on -> on ? "Active" : "PassThrough"));
            Aws.key(d, m, "encryption_configuration.kms_key_id", ctx);
            for (Res r : m.refs("role_arn")) {
                ctx.support(r, "IAM role of " + m.address());
            }
        }
    }
}

package dev.cloudwright.terraform.adapt;

import dev.cloudwright.model.BillingParts;
import dev.cloudwright.model.Keys;
import dev.cloudwright.model.Role;
import java.util.ArrayList;
import java.util.List;

/**
 * Custom EventBridge event buses, billed by the events published to them, with their archives and the rules on them that no
 * scheduled task reads. Rules on the default bus stay supporting configuration (events from AWS services are free).
 */
@ResourceAdapter.Adapts(anchors = "aws_cloudwatch_event_bus",
        absorbs = {"aws_cloudwatch_event_archive", "aws_cloudwatch_event_bus_policy", "aws_cloudwatch_event_rule"},
        services = "aws.eventbridge",
        summary = "EventBridge custom event bus: its rules and archives")
final class EventBusAdapter implements ResourceAdapter {

    @Override
    public void adapt(List<Res> buses, Context ctx) {
        for (Res bus : buses) {
            Draft d = ctx.component(bus, Role.STREAMING, "aws.eventbridge");
            Aws.managedZones(d);
            List<Res> archives = new ArrayList<>(bus.referrers("aws_cloudwatch_event_archive", "event_source_arn"));
            for (Res a : archives) {
                ctx.absorb(a, d);
                d.pays(BillingParts.ARCHIVES, a.address(), 1);
            }
            d.set(Keys.ARCHIVES, archives.size(), archives.isEmpty() ? bus.range() : archives.get(0).range());
            for (Res r : bus.referrers("aws_cloudwatch_event_rule", "event_bus_name")) {
                ctx.absorb(r, d);
            }
            for (Res p : bus.referrers("aws_cloudwatch_event_bus_policy", "event_bus_name")) {
                ctx.absorb(p, d);
            }
            Aws.key(d, bus, "kms_key_identifier", ctx);
        }
    }
}

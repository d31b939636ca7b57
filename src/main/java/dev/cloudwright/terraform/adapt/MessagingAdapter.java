package dev.cloudwright.terraform.adapt;

import dev.cloudwright.model.Connection;
import dev.cloudwright.model.Role;
import java.util.List;

/** SQS queues (with dead-letter queues) and SNS topics (with subscriptions). */
@ResourceAdapter.Adapts(anchors = {"aws_sqs_queue", "aws_sns_topic"},
        absorbs = {"aws_sqs_queue_policy", "aws_sqs_queue_redrive_policy", "aws_sns_topic_policy", "aws_sns_topic_subscription"},
        summary = "Queues and topics: encryption, dead-letter queue, FIFO, retention, subscribers")
final class MessagingAdapter implements ResourceAdapter {

    @Override
    public void adapt(List<Res> all, Context ctx) {
        for (Res r : all) {
            Draft d = ctx.component(r, Role.QUEUE, r.type().equals("aws_sqs_queue") ? "aws.sqs" : "aws.sns");
            Aws.managedZones(d);
            if (r.type().equals("aws_sqs_queue")) {
                Aws.key(d, r, "kms_master_key_id", ctx);
                Fact<Boolean> managed = r.bool("sqs_managed_sse_enabled");
                d.encryptedAtRest = d.keyId != null ? Fact.explicit(true, r.range()) : managed;
                d.property("fifo", r.bool("fifo_queue"));
                d.property("retention_seconds", r.integer("message_retention_seconds"));
                for (Res dlq : r.refs("redrive_policy")) {
                    d.property("dead_letter_queue", dlq.address());
                    ctx.link(r, dlq, Connection.Kind.TRAFFIC, "SQS redrive", 0, false);
                }
                for (Res p : r.referrers("aws_sqs_queue_policy", "queue_url")) {
                    ctx.absorb(p, d);
                }
            } else {
                Aws.key(d, r, "kms_master_key_id", ctx);
                d.encryptedAtRest = d.keyId != null ? Fact.explicit(true, r.range()) : Fact.explicit(false, r.range());
                d.property("fifo", r.bool("fifo_topic"));
                int subs = 0;
                for (Res s : r.referrers("aws_sns_topic_subscription", "topic_arn")) {
                    ctx.absorb(s, d);
                    subs++;
                    for (Res target : s.refs("endpoint")) {
                        ctx.link(r, target, Connection.Kind.TRAFFIC, s.str("protocol").orElse("?"), 0, false);
                    }
                }
                d.property("subscriptions", subs == 0 ? null : subs);
                for (Res p : r.referrers("aws_sns_topic_policy", "arn")) {
                    ctx.absorb(p, d);
                }
            }
        }
    }
}

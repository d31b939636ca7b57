package dev.cloudwright.terraform.adapt;

import dev.cloudwright.model.Connection;
import dev.cloudwright.model.Keys;
import dev.cloudwright.model.Role;
import java.util.List;

/** SQS queues (with dead-letter queues) and SNS topics (with subscriptions). */
@ResourceAdapter.Adapts(anchors = {"aws_sqs_queue", "aws_sns_topic"},
        absorbs = {"aws_sqs_queue_policy", "aws_sqs_queue_redrive_policy", "aws_sns_topic_policy", "aws_sns_topic_subscription"},
        services = {"aws.sqs", "aws.sns"},
        summary = "Queues and topics: encryption, dead-letter queue, FIFO, retention, subscribers")
final class MessagingAdapter implements ResourceAdapter {

    @Override
    public void adapt(List<Res> all, Context ctx) {
        for (Res r : all) {
            Draft d = ctx.component(r, Role.QUEUE, r.type().equals("aws_sqs_queue") ? "aws.sqs" : "aws.sns");
            ResourcePolicies.anonymous(r.attr("policy"), d, ctx);
            Aws.managedZones(d);
            if (r.type().equals("aws_sqs_queue")) {
                Aws.key(d, r, "kms_master_key_id", ctx);
                Fact<Boolean> managed = r.bool("sqs_managed_sse_enabled");
                if (d.value(Keys.KMS_KEY) != null) {
                    d.set(Keys.ENCRYPTED_AT_REST, true, r.attr("kms_master_key_id").range());
                } else if (d.setting(Keys.KMS_KEY) != null && !Fact.isTrue(managed)) {
                    d.unknown(Keys.ENCRYPTED_AT_REST, "the KMS key is not known offline: " + d.setting(Keys.KMS_KEY).basis(), r.attr("kms_master_key_id").range());
                } else {
                    d.set(Keys.ENCRYPTED_AT_REST, managed);
                }
                d.set(Keys.FIFO, r.bool("fifo_queue"));
                d.set(Keys.MESSAGE_RETENTION_SECONDS, r.integer("message_retention_seconds"));
                for (Res dlq : r.refs("redrive_policy")) {
                    d.set(Keys.DEAD_LETTER_QUEUE, dlq.address(), r.attr("redrive_policy").range());
                    ctx.link(r, dlq, Connection.Kind.TRAFFIC, "SQS redrive", 0, false);
                }
                for (Res p : r.referrers("aws_sqs_queue_policy", "queue_url")) {
                    ctx.absorb(p, d);
                    ResourcePolicies.anonymous(p.attr("policy"), d, ctx);
                }
                deadLetter(r, d);
            } else {
                Aws.key(d, r, "kms_master_key_id", ctx);
                if (d.value(Keys.KMS_KEY) != null) {
                    d.set(Keys.ENCRYPTED_AT_REST, true, r.attr("kms_master_key_id").range());
                } else if (d.setting(Keys.KMS_KEY) != null) {
                    d.unknown(Keys.ENCRYPTED_AT_REST, "the KMS key is not known offline: " + d.setting(Keys.KMS_KEY).basis(), r.attr("kms_master_key_id").range());
                } else {
                    d.defaulted(Keys.ENCRYPTED_AT_REST, false, Defaults.explained("aws_sns_topic", "kms_master_key_id"));
                }
                d.set(Keys.FIFO, r.bool("fifo_topic"));
                int subs = 0;
                for (Res s : r.referrers("aws_sns_topic_subscription", "topic_arn")) {
                    ctx.absorb(s, d);
                    subs++;
                    for (Res target : s.refs("endpoint")) {
                        ctx.link(r, target, Connection.Kind.TRAFFIC, s.str("protocol").orElse("?"), 0, false);
                    }
                }
                if (subs > 0) {
                    d.set(Keys.SUBSCRIPTIONS, subs, r.referrers("aws_sns_topic_subscription", "topic_arn").get(0).range());
                }
                for (Res p : r.referrers("aws_sns_topic_policy", "arn")) {
                    ctx.absorb(p, d);
                    ResourcePolicies.anonymous(p.attr("policy"), d, ctx);
                }
            }
        }
    }

    /** Whether the queue sends what keeps failing to a dead-letter queue, or is one itself. */
    private static void deadLetter(Res q, Draft d) {
        var redrive = q.attr("redrive_policy");
        List<Res> policies = q.referrers("aws_sqs_queue_redrive_policy", "queue_url");
        if (redrive != null && !redrive.value().isWhollyKnown()) {
            d.unknown(Keys.DEAD_LETTER, redrive.value().firstUnknown().reason(), redrive.range());
        } else if (redrive != null && !redrive.value().isNull()) {
            d.set(Keys.DEAD_LETTER, true, redrive.range());
        } else if (!policies.isEmpty()) {
            d.set(Keys.DEAD_LETTER, true, policies.get(0).range());
        }
        String[][] senders = {{"aws_sqs_queue", "redrive_policy"}, {"aws_sqs_queue_redrive_policy", "redrive_policy"},
            {"aws_lambda_function", "dead_letter_config.target_arn"}, {"aws_sns_topic_subscription", "redrive_policy"},
            {"aws_cloudwatch_event_target", "dead_letter_config.arn"}};
        for (String[] s : senders) {
            List<Res> from = q.referrers(s[0], s[1]);
            if (!from.isEmpty()) {
                d.set(Keys.DEAD_LETTER_TARGET, true, from.get(0).attr(s[1]).range());
                return;
            }
        }
        if (d.setting(Keys.DEAD_LETTER) == null) {
            d.defaulted(Keys.DEAD_LETTER, false, "no redrive_policy: a message that keeps failing returns to the queue until its retention ends"
                    + " (https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-dead-letter-queues.html)");
        }
    }
}

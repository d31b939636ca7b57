package dev.cloudwright.review;

import dev.cloudwright.model.Component;
import dev.cloudwright.model.Connection;
import dev.cloudwright.model.Keys;

/**
 * An SQS queue sends messages that keep failing to a dead-letter queue (a redrive policy), instead of retrying them
 * until they expire. Queues that are themselves another queue's dead-letter queue are not checked.
 */
record DeadLetterQueue(RuleMeta meta) implements Rule {

    @Override
    public void check(Component c, Scope scope) {
        boolean isDeadLetterQueue = scope.architecture().connections().stream()
                .anyMatch(k -> k.to().equals(c.id()) && k.kind() == Connection.Kind.TRAFFIC && "SQS redrive".equals(k.protocol()))
                || scope.architecture().components().stream().anyMatch(o -> c.id().equals(o.value(Keys.DEAD_LETTER_QUEUE))
                        || c.value(Keys.TERRAFORM_ADDRESS) != null && c.value(Keys.TERRAFORM_ADDRESS).equals(o.value(Keys.DEAD_LETTER_QUEUE)));
        if (isDeadLetterQueue) {
            return;
        }
        if (c.setting(Keys.DEAD_LETTER_QUEUE).isPresent()) {
            scope.pass(this);
        } else {
            scope.fail(this, c, null, "no dead-letter queue: a message that always fails is retried until it expires, and then lost", null);
        }
    }
}

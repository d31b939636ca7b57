package dev.cloudwright.review;

import dev.cloudwright.model.Component;
import dev.cloudwright.model.Keys;
import dev.cloudwright.model.Setting;
import java.util.Optional;

/**
 * Data encrypted at rest with a customer-managed key: {@link Keys#KMS_KEY} names one. Without a key (or with a key the
 * provider manages, {@code alias/aws/...}) an encrypted component fails; an unencrypted one is left to the encryption rule.
 */
record CustomerKeyRule(RuleMeta meta) implements Rule {

    @Override
    public void check(Component c, Scope scope) {
        Optional<Setting<String>> key = c.setting(Keys.KMS_KEY);
        if (key.isPresent()) {
            Setting<String> k = key.get();
            if (!k.known()) {
                scope.unknown(this, c, k);
            } else if (providerManaged(k.value())) {
                scope.fail(this, c, k, "kms_key is " + k.value() + ", a key the provider manages; " + expectation(), null);
            } else {
                scope.pass(this);
            }
            return;
        }
        Optional<Setting<Boolean>> encrypted = c.setting(Keys.ENCRYPTED_AT_REST);
        if (encrypted.isEmpty()) {
            return;
        }
        if (!encrypted.get().known()) {
            scope.unknown(this, c, encrypted.get());
        } else if (encrypted.get().value()) {
            scope.fail(this, c, null, "no kms_key: encrypted with a key the provider manages; " + expectation(), null);
        }
    }

    private static String expectation() {
        return "a customer-managed key lets you control its policy, rotation and disabling, and audits every use";
    }

    /** AWS-managed key aliases ({@code alias/aws/s3}, or the {@code aws/dynamodb} a table defaults to). */
    static boolean providerManaged(String key) {
        return key.startsWith("alias/aws/") || key.startsWith("aws/") || key.contains(":alias/aws/");
    }
}

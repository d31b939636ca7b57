package dev.cloudwright.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cloudwright.core.Json;
import dev.cloudwright.core.SourcePosition;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class SettingsTest {

    private static Component.Builder db() {
        return Component.builder("use1.db", Role.DATABASE, "aws.rds", "db").placement(Placement.regional("us-east-1", List.of()));
    }

    @Test
    void jsonShowsValueAndProvenance() {
        Component c = db()
                .set(Keys.ENGINE, Setting.explicit(Engine.POSTGRESQL, new SourcePosition("main.tf", 3, 12)))
                .set(Keys.DEPLOYMENT, Setting.defaulted(Deployment.SINGLE_AZ, "AWS provider docs: multi_az defaults to false"))
                .set(Keys.ENCRYPTED_AT_REST, Setting.unknown("depends on var.encrypt, which has no value", new SourcePosition("main.tf", 5, 3)))
                .set(Keys.IAM_AUTH, true, "the application authenticates with its role")
                .build();
        String json = Json.compact(c.settings());
        assertEquals("{\"deployment\":{\"value\":\"single-az\",\"from\":\"defaulted\",\"basis\":\"AWS provider docs: multi_az defaults to false\"},"
                + "\"encrypted_at_rest\":{\"from\":\"unknown\",\"basis\":\"depends on var.encrypt, which has no value\",\"at\":\"main.tf:5:3\"},"
                + "\"engine\":{\"value\":\"postgresql\",\"from\":\"explicit\",\"at\":\"main.tf:3:12\"},"
                + "\"iam_auth\":{\"value\":true,\"from\":\"designed\",\"basis\":\"the application authenticates with its role\"}}", json);
    }

    @Test
    void unknownIsNeitherTrueNorFalse() {
        Component c = db().set(Keys.ENCRYPTED_AT_REST, Setting.unknown("computed at apply time", null)).build();
        assertFalse(c.isTrue(Keys.ENCRYPTED_AT_REST));
        assertNull(c.value(Keys.ENCRYPTED_AT_REST));
        assertTrue(c.isUnknown(Keys.ENCRYPTED_AT_REST));
        assertFalse(c.isUnknown(Keys.VERSIONING), "absent is not unknown");
        assertEquals(Boolean.FALSE, c.valueOr(Keys.ENCRYPTED_AT_REST, false), "a fallback is the reader's explicit choice");
    }

    @Test
    void settingsKeepTheirInvariants() {
        assertThrows(IllegalArgumentException.class, () -> Setting.unknown("", null), "an unknown needs its reason");
        assertThrows(IllegalArgumentException.class, () -> new Setting<>(null, Setting.Origin.EXPLICIT, null, null));
        assertThrows(IllegalArgumentException.class, () -> new Setting<>("x", Setting.Origin.UNKNOWN, "why", null));
    }

    @Test
    void valuesMustHaveTheKeysType() {
        @SuppressWarnings({"unchecked", "rawtypes"})
        Key<Object> engine = (Key) Keys.ENGINE;
        assertThrows(IllegalArgumentException.class, () -> db().set(engine, "postgres"), "free text cannot stand in for an engine");
        @SuppressWarnings({"unchecked", "rawtypes"})
        Key<Object> regions = (Key) Keys.REPLICA_REGIONS;
        assertThrows(IllegalArgumentException.class, () -> db().set(regions, List.of(1, 2)));
    }

    @Test
    void onlyDeclaredKeysAreAccepted() {
        Key<String> stray = Key.text("stray", "not in Keys");
        assertThrows(IllegalArgumentException.class, () -> db().set(stray, "x"));
    }

    @Test
    void everyKeyIsNamedOnceInSnakeCaseAndDocumented() throws IllegalAccessException {
        assertTrue(Keys.all().size() > 100);
        for (Key<?> k : Keys.all().values()) {
            assertTrue(k.name().matches("[a-z][a-z0-9_]*(\\.[a-z_]+)?"), k.name());
            assertFalse(k.doc().isBlank(), k.name());
        }
        // Every constant of Keys is found by its name, and that name is the constant's own in snake case (ENGINE is
        // "engine"), so two constants cannot share a name and no constant is left out of the index.
        int constants = 0;
        for (Field f : Keys.class.getDeclaredFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == Key.class) {
                Key<?> k = (Key<?>) f.get(null);
                assertEquals(f.getName(), k.name().toUpperCase(Locale.ROOT).replace('.', '_'), "Keys." + f.getName());
                assertSame(k, Keys.byName(k.name()).orElseThrow(), "Keys." + f.getName());
                constants++;
            }
        }
        assertEquals(constants, Keys.all().size());
    }

    @Test
    void protectionWritesEveryFlagItChoseAndTheOnesItDidNot() {
        Component c = db().protection(Protection.atRest("use1.kms").inTransit().backups(7).pointInTimeRecovery(true).copyTo("us-west-2")).build();
        assertTrue(c.isTrue(Keys.ENCRYPTED_AT_REST));
        assertEquals("use1.kms", c.value(Keys.KMS_KEY));
        assertEquals(7, c.value(Keys.BACKUP_RETENTION_DAYS));
        assertEquals("us-west-2", c.value(Keys.COPY_TO_REGION));
        assertEquals(Boolean.FALSE, c.value(Keys.PUBLIC_ENDPOINT));
        assertEquals(Boolean.FALSE, c.value(Keys.DELETION_PROTECTION));
        assertEquals(Setting.Origin.DESIGNED, c.setting(Keys.VERSIONING).orElseThrow().from());
    }

    @Test
    void lifecycleReadsAsRules() {
        Lifecycle l = new Lifecycle(List.of(new Lifecycle.Transition(StorageTier.INFREQUENT, 30), new Lifecycle.Transition(StorageTier.ARCHIVE, 90)),
                null, 90, 7);
        assertEquals("standard -> infrequent access after 30 days -> archive after 90 days; noncurrent versions expire after 90 days; "
                + "incomplete uploads aborted after 7 days", l.toString());
    }

    @Test
    void enumTokensAreThePriceAndJsonVocabulary() {
        assertEquals("postgresql", Engine.POSTGRESQL.token());
        assertEquals(Engine.VALKEY, Engine.of("valkey"));
        assertThrows(IllegalArgumentException.class, () -> Engine.of("postgres"), "provider spellings are the adapters' business");
        assertEquals("arm", Arch.ARM.token());
        assertEquals("failover, latency", Keys.ROUTING.words(List.of(Routing.FAILOVER, Routing.LATENCY)));
    }
}

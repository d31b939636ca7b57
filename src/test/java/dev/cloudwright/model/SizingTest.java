package dev.cloudwright.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.cloudwright.core.Json;
import org.junit.jupiter.api.Test;

class SizingTest {

    private static final Sizing FULL = new Sizing("cache.r7g.large", 2.0, 13.07, 6, 2, 12, 100.0, 3, 1, "target CPU 70%");

    @Test
    void builderSetsTheNamedFieldsAndLeavesTheRestNull() {
        Sizing s = Sizing.builder().sku("db.r7g.large").vcpu(2).memoryGb(16.0).count(2).storageGb(100.0).replicas(1).build();
        assertEquals("db.r7g.large", s.sku());
        assertEquals(2.0, s.vcpu());
        assertEquals(16.0, s.memoryGb());
        assertEquals(2, s.count());
        assertEquals(100.0, s.storageGb());
        assertEquals(1, s.replicas());
        assertNull(s.min());
        assertNull(s.max());
        assertNull(s.shards());
        assertNull(s.scaling());
        assertEquals(new Sizing("db.r7g.large", 2.0, 16.0, 2, null, null, 100.0, null, 1, null), s);
    }

    @Test
    void everySetterReachesItsOwnField() {
        Sizing s = Sizing.builder().sku("cache.r7g.large").vcpu(2.0).memoryGb(13.07).count(6).min(2).max(12).storageGb(100.0)
                .shards(3).replicas(1).scaling("target CPU 70%").build();
        assertEquals(FULL, s);
    }

    @Test
    void boxedSettersAcceptNull() {
        Integer none = null;
        Double unknown = null;
        Sizing s = Sizing.builder().sku(null).vcpu(unknown).memoryGb(unknown).count(none).min(none).max(none).storageGb(unknown)
                .shards(none).replicas(none).scaling(null).build();
        assertEquals(Sizing.NONE, s);
    }

    @Test
    void emptyBuilderIsNone() {
        Sizing s = Sizing.builder().build();
        assertEquals(Sizing.NONE, s);
        assertEquals(new Sizing(null, null, null, null, null, null, null, null, null, null), s);
        assertEquals("{}", Json.compact(s));
    }

    @Test
    void toBuilderRoundTripsEveryField() {
        Sizing copy = FULL.toBuilder().build();
        assertEquals(FULL, copy);
        assertNotSame(FULL, copy);
        assertEquals(Sizing.NONE, Sizing.NONE.toBuilder().build());
        Sizing partial = Sizing.builder().vcpu(4.0).min(0).build();
        assertEquals(partial, partial.toBuilder().build());
    }

    @Test
    void toBuilderChangesOnlyWhatIsSet() {
        Sizing s = FULL.toBuilder().count(1).min(1).shards(null).build();
        assertEquals(new Sizing("cache.r7g.large", 2.0, 13.07, 1, 1, 12, 100.0, null, 1, "target CPU 70%"), s);
        assertEquals(6, FULL.count());
        assertEquals(3, FULL.shards());
    }

    @Test
    void factoriesAndCopiesAreUnchanged() {
        assertEquals(new Sizing(null, null, null, null, null, null, 50.0, null, null, null), Sizing.storage(50));
        assertEquals(new Sizing("t3.micro", null, null, 2, null, null, null, null, null, null), Sizing.units("t3.micro", 2));
        assertEquals(new Sizing("cache.r7g.large", 2.0, 13.07, 9, 2, 12, 100.0, 3, 1, "target CPU 70%"), FULL.withCount(9));
        assertEquals(new Sizing("cache.m7g.large", 2.0, 13.07, 6, 2, 12, 100.0, 3, 1, "target CPU 70%"), FULL.withSku("cache.m7g.large"));
        assertEquals(6, FULL.countOr(1));
        assertEquals(1, Sizing.NONE.countOr(1));
    }

    @Test
    void jsonKeepsComponentOrderAndOmitsUnsetFields() {
        assertEquals("{\"sku\":\"1024MB\",\"memory_gb\":1,\"min\":0,\"max\":861,\"scaling\":\"concurrency follows requests\"}",
                Json.compact(Sizing.builder().scaling("concurrency follows requests").max(861).min(0).memoryGb(1.0).sku("1024MB").build()));
        assertEquals("{\"sku\":\"cache.r7g.large\",\"vcpu\":2,\"memory_gb\":13.07,\"count\":6,\"min\":2,\"max\":12,\"storage_gb\":100,"
                + "\"shards\":3,\"replicas\":1,\"scaling\":\"target CPU 70%\"}", Json.compact(FULL));
    }
}

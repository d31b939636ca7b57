package dev.cloudwright.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {
    enum Kind { PILOT_LIGHT }

    record Inner(String textValue, Double missing, Kind kind) {}

    record Outer(int count, double ratio, List<Inner> items, Map<String, Object> extra) {}

    @Test
    void recordsBecomeSnakeCaseObjectsAndNullsAreOmitted() {
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("b", 1.5);
        extra.put("a", "q\"uote\n");
        String s = Json.compact(new Outer(3, 0.1 + 0.2, List.of(new Inner("x", null, Kind.PILOT_LIGHT)), extra));
        assertEquals("{\"count\":3,\"ratio\":0.3,\"items\":[{\"text_value\":\"x\",\"kind\":\"pilot-light\"}],\"extra\":{\"b\":1.5,\"a\":\"q\\\"uote\\n\"}}", s);
    }

    @Test
    void numbersAreStable() {
        assertEquals("115.7407407", Json.number(10_000_000 / 86_400.0));
        assertEquals("12", Json.number(12.0));
        assertEquals("null", Json.number(Double.NaN));
    }
}

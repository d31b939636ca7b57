package dev.cloudwright.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class FmtTest {
    @Test
    void decimalsNeverPrintInExponentForm() {
        assertEquals("10", Fmt.num(new BigDecimal("1E+1")));
        assertEquals("10", Fmt.num(new BigDecimal("10.000")));
        assertEquals("2.5", Fmt.num(new BigDecimal("2.50")));
        assertEquals("0.0000001", Fmt.num(new BigDecimal("1E-7")));
        assertEquals("12000000", Fmt.num(new BigDecimal("1.2E+7")));
        assertEquals("null", Fmt.num((BigDecimal) null));
        assertEquals("10000000", Fmt.num(1e7));
        assertEquals("10", Fmt.num(10.0));
    }

    @Test
    void pluralsAgreeWithTheCount() {
        assertEquals("0 escalations", Fmt.plural(0, "escalation"));
        assertEquals("1 escalation", Fmt.plural(1, "escalation"));
        assertEquals("2 escalations", Fmt.plural(2, "escalation"));
        assertEquals("1 dependency", Fmt.plural(1, "dependency", "dependencies"));
        assertEquals("3 dependencies", Fmt.plural(3, "dependency", "dependencies"));
    }
}

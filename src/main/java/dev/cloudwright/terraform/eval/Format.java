package dev.cloudwright.terraform.eval;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/** Terraform's {@code format} verbs: %s %d %f %e %g %t %q %v %x %o %b %%, with width, precision and flags. */
final class Format {
    private Format() {}

    static String format(String spec, List<Value> args) {
        StringBuilder out = new StringBuilder();
        int argi = 0;
        int i = 0;
        while (i < spec.length()) {
            char c = spec.charAt(i);
            if (c != '%') {
                out.append(c);
                i++;
                continue;
            }
            i++;
            if (i >= spec.length()) {
                throw new Functions.FnError("format string ends with an unfinished verb");
            }
            if (spec.charAt(i) == '%') {
                out.append('%');
                i++;
                continue;
            }
            boolean left = false;
            boolean zero = false;
            boolean plus = false;
            boolean space = false;
            boolean alt = false;
            while (i < spec.length() && "-0+ #".indexOf(spec.charAt(i)) >= 0) {
                switch (spec.charAt(i)) {
                    case '-' -> left = true;
                    case '0' -> zero = true;
                    case '+' -> plus = true;
                    case ' ' -> space = true;
                    default -> alt = true;
                }
                i++;
            }
            int width = -1;
            int start = i;
            while (i < spec.length() && Character.isDigit(spec.charAt(i))) {
                i++;
            }
            if (i > start) {
                width = Integer.parseInt(spec.substring(start, i));
            }
            int prec = -1;
            if (i < spec.length() && spec.charAt(i) == '.') {
                i++;
                start = i;
                while (i < spec.length() && Character.isDigit(spec.charAt(i))) {
                    i++;
                }
                prec = i > start ? Integer.parseInt(spec.substring(start, i)) : 0;
            }
            if (i >= spec.length()) {
                throw new Functions.FnError("format string ends with an unfinished verb");
            }
            char verb = spec.charAt(i++);
            if (argi >= args.size()) {
                throw new Functions.FnError("not enough arguments for \"%" + verb + "\"");
            }
            Value v = args.get(argi++);
            String s = switch (verb) {
                case 's' -> {
                    String str = Functions.str(v);
                    yield prec >= 0 && prec < str.length() ? str.substring(0, prec) : str;
                }
                case 'd' -> sign(Functions.num(v).setScale(0, RoundingMode.DOWN).toPlainString(), plus, space);
                case 'f' -> sign(Functions.num(v).setScale(prec < 0 ? 6 : prec, RoundingMode.HALF_EVEN).toPlainString(), plus, space);
                case 'e' -> sign(String.format("%." + (prec < 0 ? 6 : prec) + "e", Functions.num(v).doubleValue()), plus, space);
                case 'g' -> sign(Convert.plain(Functions.num(v)), plus, space);
                case 't' -> Boolean.toString(Convert.toBool(v));
                case 'q' -> Functions.jsonEncode(Value.str(Functions.str(v)));
                case 'v' -> v instanceof Value.Str st ? st.value() : v instanceof Value.Num n ? Convert.plain(n.value())
                        : v instanceof Value.Bool b ? Boolean.toString(b.value()) : Functions.jsonEncode(v);
                case 'x' -> v instanceof Value.Num n ? n.value().toBigInteger().toString(16) : hex(Functions.str(v), false);
                case 'X' -> v instanceof Value.Num n ? n.value().toBigInteger().toString(16).toUpperCase() : hex(Functions.str(v), true);
                case 'o' -> Functions.num(v).toBigInteger().toString(8);
                case 'b' -> Functions.num(v).toBigInteger().toString(2);
                default -> throw new Functions.FnError("unrecognized format verb \"%" + verb + "\"");
            };
            if (alt && verb == 'x') {
                s = "0x" + s;
            }
            if (width > s.length()) {
                String pad = (zero && !left && verb != 's' ? "0" : " ").repeat(width - s.length());
                if (left) {
                    s = s + pad;
                } else if (zero && verb != 's' && (s.startsWith("-") || s.startsWith("+"))) {
                    s = s.charAt(0) + pad + s.substring(1);
                } else {
                    s = pad + s;
                }
            }
            out.append(s);
        }
        if (argi < args.size()) {
            throw new Functions.FnError("too many arguments; only " + argi + " used by format string");
        }
        return out.toString();
    }

    private static String sign(String s, boolean plus, boolean space) {
        if (!s.startsWith("-")) {
            if (plus) {
                return "+" + s;
            }
            if (space) {
                return " " + s;
            }
        }
        return s;
    }

    private static String hex(String s, boolean upper) {
        StringBuilder b = new StringBuilder();
        for (byte x : s.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            b.append(String.format(upper ? "%02X" : "%02x", x));
        }
        return b.toString();
    }
}

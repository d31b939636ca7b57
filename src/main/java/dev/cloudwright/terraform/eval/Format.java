package dev.cloudwright.terraform.eval;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;

/**
 * Terraform's {@code format} verbs (go-cty's format function): {@code %v %#v %t %b %d %o %x %X %e %E %f %g %G %s %q %%},
 * flags {@code - + # 0 space}, width, precision and explicit argument indexes {@code %[n]d}. Widths and
 * precisions of strings count characters (grapheme clusters).
 */
final class Format {
    private Format() {}

    /** Widths, precisions and argument indexes above this are refused rather than allocated. */
    static final int MAX_WIDTH = 1_000_000;

    private static final class Verb {
        boolean zero;
        boolean sharp;
        boolean minus;
        boolean plus;
        boolean space;
        int argNum;
        int width = -1;
        int prec = -1;
        char mode;
        String raw;
        int offset;
    }

    private static Functions.FnError err(String msg) {
        return new Functions.FnError(msg);
    }

    static String format(String spec, List<Value> args) {
        Text.Out out = new Text.Out();
        int nextArg = 1;
        int maxUsed = 0;
        boolean anyVerb = false;
        int i = 0;
        while (i < spec.length()) {
            char c = spec.charAt(i);
            if (c != '%') {
                out.append(String.valueOf(c));
                i++;
                continue;
            }
            if (i + 1 < spec.length() && spec.charAt(i + 1) == '%') {
                out.append("%");
                i += 2;
                continue;
            }
            Verb v = new Verb();
            v.offset = i;
            v.argNum = nextArg;
            int p = i + 1;
            while (p < spec.length() && "0#-+ ".indexOf(spec.charAt(p)) >= 0) {
                switch (spec.charAt(p)) {
                    case '0' -> v.zero = true;
                    case '#' -> v.sharp = true;
                    case '-' -> v.minus = true;
                    case '+' -> v.plus = true;
                    default -> v.space = true;
                }
                p++;
            }
            if (p < spec.length() && spec.charAt(p) == '[') {
                int q = p + 1;
                if (q >= spec.length() || spec.charAt(q) < '1' || spec.charAt(q) > '9') {
                    throw err("unrecognized format character " + charAt(spec, q) + " at offset " + q);
                }
                long n = 0;
                while (q < spec.length() && Character.isDigit(spec.charAt(q))) {
                    n = Math.min(10L * n + (spec.charAt(q) - '0'), Integer.MAX_VALUE);
                    q++;
                }
                if (q >= spec.length() || spec.charAt(q) != ']') {
                    throw err("unrecognized format character " + charAt(spec, q) + " at offset " + q);
                }
                v.argNum = (int) n;
                p = q + 1;
            }
            if (p < spec.length() && spec.charAt(p) >= '1' && spec.charAt(p) <= '9') {
                long w = 0;
                while (p < spec.length() && Character.isDigit(spec.charAt(p))) {
                    w = Math.min(10L * w + (spec.charAt(p) - '0'), Integer.MAX_VALUE);
                    p++;
                }
                v.width = (int) w;
            } else if (p < spec.length() && spec.charAt(p) == '*') {
                throw err("width from an argument (\"*\") is not supported, at offset " + p);
            }
            if (p < spec.length() && spec.charAt(p) == '.') {
                p++;
                if (p < spec.length() && spec.charAt(p) == '*') {
                    throw err("precision from an argument (\"*\") is not supported, at offset " + p);
                }
                long pr = 0;
                while (p < spec.length() && Character.isDigit(spec.charAt(p))) {
                    pr = Math.min(10L * pr + (spec.charAt(p) - '0'), Integer.MAX_VALUE);
                    p++;
                }
                v.prec = (int) pr;
            }
            if (p >= spec.length()) {
                throw err("invalid format string starting at offset " + i);
            }
            char m = spec.charAt(p);
            if (!(m >= 'a' && m <= 'z' || m >= 'A' && m <= 'Z')) {
                throw err("unrecognized format character " + charAt(spec, p) + " at offset " + p);
            }
            v.mode = m;
            v.raw = spec.substring(i, p + 1);
            if (v.width > MAX_WIDTH || v.prec > MAX_WIDTH) {
                throw err("width or precision in \"" + v.raw + "\" is larger than " + MAX_WIDTH);
            }
            anyVerb = true;
            if (v.argNum > args.size()) {
                throw err("not enough arguments for \"" + v.raw + "\" at " + v.offset + ": need index " + v.argNum + " but have " + args.size() + " total");
            }
            out.append(verb(v, args.get(v.argNum - 1)));
            maxUsed = Math.max(maxUsed, v.argNum);
            nextArg = v.argNum + 1;
            i = p + 1;
        }
        if (!anyVerb && !args.isEmpty()) {
            throw err("too many arguments; no verbs in format string");
        }
        if (maxUsed < args.size()) {
            throw err("too many arguments; only " + maxUsed + " used by format string");
        }
        return out.toString();
    }

    private static String charAt(String s, int i) {
        return i < s.length() ? "'" + new String(Character.toChars(s.codePointAt(i))) + "'" : "end of string";
    }

    private static String verb(Verb v, Value arg) {
        if (v.mode != 'v' && arg.isNull()) {
            throw err("unsupported value for \"" + v.raw + "\" at " + v.offset + ": null value cannot be formatted");
        }
        try {
            return switch (v.mode) {
                case 'v' -> asIs(v, arg);
                case 't' -> Boolean.toString(Convert.toBool(arg));
                case 'b', 'd', 'o', 'x', 'X' -> integer(v, Convert.toNumber(arg));
                case 'e', 'E', 'f', 'g', 'G' -> floating(v, Convert.toNumber(arg));
                case 's', 'q' -> string(v, Convert.toStringValue(arg));
                default -> throw err("unsupported format verb '" + v.mode + "' in \"" + v.raw + "\" at offset " + v.offset);
            };
        } catch (Convert.ConversionError e) {
            throw err("unsupported value for \"" + v.raw + "\" at " + v.offset + ": " + e.getMessage());
        }
    }

    private static String asIs(Verb v, Value arg) {
        if (!v.sharp && arg instanceof Value.Str s) {
            return pad(v, s.value());
        }
        if (!v.sharp && arg instanceof Value.Num n) {
            return pad(v, general(n.value(), -1, false));
        }
        return pad(v, Functions.jsonEncode(arg));
    }

    private static String string(Verb v, String s) {
        if (v.prec > 0) {
            List<String> chars = Text.graphemes(s);
            if (chars.size() > v.prec) {
                s = String.join("", chars.subList(0, v.prec));
            }
        }
        return pad(v, v.mode == 'q' ? Functions.jsonEncode(Value.str(s)) : s);
    }

    /** Pads to the width in characters: zeros if the 0 flag is set, on the right with the - flag. */
    private static String pad(Verb v, String s) {
        if (v.width < 0) {
            return s;
        }
        int len = Text.graphemeCount(s);
        if (len >= v.width) {
            return s;
        }
        String pads = (v.zero ? "0" : " ").repeat(v.width - len);
        return v.minus ? s + pads : pads + s;
    }

    /** Go's formatting of a big integer with %b %d %o %x %X. */
    private static String integer(Verb v, BigDecimal n) {
        BigInteger i;
        try {
            i = n.toBigIntegerExact();
        } catch (ArithmeticException e) {
            throw err("unsupported value for \"" + v.raw + "\" at " + v.offset + ": an integer is required");
        }
        int radix = switch (v.mode) {
            case 'b' -> 2;
            case 'o' -> 8;
            case 'd' -> 10;
            default -> 16;
        };
        String digits = i.abs().toString(radix);
        if (v.mode == 'X') {
            digits = digits.toUpperCase(java.util.Locale.ROOT);
        }
        String sign = i.signum() < 0 ? "-" : v.plus ? "+" : v.space ? " " : "";
        String prefix = !v.sharp ? "" : switch (v.mode) {
            case 'b' -> "0b";
            case 'o' -> "0";
            case 'x' -> "0x";
            case 'X' -> "0X";
            default -> "";
        };
        int zeros = 0;
        if (v.prec >= 0) {
            if (digits.length() < v.prec) {
                zeros = v.prec - digits.length();
            } else if (digits.equals("0") && v.prec == 0) {
                return "";
            }
        }
        int length = sign.length() + prefix.length() + zeros + digits.length();
        int left = 0;
        int right = 0;
        if (v.width > length) {
            int d = v.width - length;
            if (v.minus) {
                right = d;
            } else if (v.zero && v.prec < 0) {
                zeros = d;
            } else {
                left = d;
            }
        }
        return " ".repeat(left) + sign + prefix + "0".repeat(zeros) + digits + " ".repeat(right);
    }

    /** Go's formatting of a big float with %e %E %f %g %G. */
    private static String floating(Verb v, BigDecimal n) {
        String body = switch (v.mode) {
            case 'e', 'E' -> scientific(n.abs(), v.prec < 0 ? 6 : v.prec, v.mode == 'E');
            case 'f' -> n.abs().setScale(v.prec < 0 ? 6 : v.prec, RoundingMode.HALF_EVEN).toPlainString();
            default -> general(n.abs(), v.prec < 0 ? -1 : v.prec, v.mode == 'G');
        };
        String sign = n.signum() < 0 ? "-" : v.plus ? "+" : v.space ? " " : "";
        int padding = v.width > sign.length() + body.length() ? v.width - sign.length() - body.length() : 0;
        if (v.zero) {
            return sign + "0".repeat(padding) + body;
        }
        if (v.minus) {
            return sign + body + " ".repeat(padding);
        }
        return " ".repeat(padding) + sign + body;
    }

    /** d.ddddde±XX with {@code prec} digits after the point. */
    static String scientific(BigDecimal a, int prec, boolean upper) {
        String digits;
        int exp;
        if (a.signum() == 0) {
            digits = "0".repeat(prec + 1);
            exp = 0;
        } else {
            BigDecimal r = a.round(new MathContext(prec + 1, RoundingMode.HALF_EVEN));
            BigInteger unscaled = r.unscaledValue();
            digits = unscaled.toString();
            exp = digits.length() - r.scale() - 1;
            if (digits.length() < prec + 1) {
                digits = digits + "0".repeat(prec + 1 - digits.length());
            } else {
                digits = digits.substring(0, prec + 1);
            }
        }
        return mantissa(digits) + exponent(exp, upper);
    }

    private static String mantissa(String digits) {
        return digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
    }

    private static String exponent(int exp, boolean upper) {
        String e = String.valueOf(Math.abs(exp));
        return (upper ? "E" : "e") + (exp < 0 ? "-" : "+") + (e.length() < 2 ? "0" + e : e);
    }

    /** %g: shortest digits (or {@code prec} significant digits), %e form for exponents below -4 or from the precision up. */
    static String general(BigDecimal n, int prec, boolean upper) {
        if (n.signum() == 0) {
            return "0";
        }
        String sign = n.signum() < 0 ? "-" : "";
        BigDecimal a = n.abs();
        if (prec == 0) {
            prec = 1;
        }
        if (prec > 0) {
            a = a.round(new MathContext(prec, RoundingMode.HALF_EVEN));
        }
        a = a.stripTrailingZeros();
        String digits = a.unscaledValue().toString();
        int dexp = digits.length() - a.scale();
        int eprec = prec;
        if (prec < 0) {
            eprec = 6;
        } else if (eprec > digits.length() && digits.length() >= dexp) {
            eprec = digits.length();
        }
        int exp = dexp - 1;
        if (exp < -4 || exp >= eprec) {
            return sign + mantissa(digits) + exponent(exp, upper);
        }
        return sign + a.setScale(Math.max(digits.length() - dexp, 0), RoundingMode.UNNECESSARY).toPlainString();
    }
}

package dev.cloudwright.terraform.adapt;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * Whether a value written in the configuration looks like a secret: an AWS access key id, a private key, a URL with a
 * password, or a value named like a password, token or key. The answer says what kind of secret it is, never the value.
 * References to a secret store (ARNs, parameter paths) and values not known offline are not secrets written here.
 */
final class Secrets {
    private Secrets() {}

    private static final Pattern ACCESS_KEY = Pattern.compile("\\b(AKIA|ASIA)[0-9A-Z]{16}\\b");
    private static final Pattern PRIVATE_KEY = Pattern.compile("-----BEGIN ([A-Z]+ )?PRIVATE KEY-----");
    private static final Pattern URL_PASSWORD = Pattern.compile("[a-z][a-z0-9+.-]*://[^/\\s:@]+:[^/\\s@$]{3,}@");
    private static final Pattern SECRET_NAME = Pattern.compile("(?i).*(password|passwd|pwd|secret|token|api_?key|apikey|private_?key|access_?key|credential).*");
    private static final Pattern NOT_A_VALUE_NAME = Pattern.compile("(?i).*(_arn|_name|_path|_param|_parameter|_id|_ttl|_file|_url|_region|_length|_expiry|_seconds)$");
    /** key=value or key: value in free text (scripts, user data) whose key names a secret and whose value is written out. */
    private static final Pattern ASSIGNMENT = Pattern.compile(
            "(?i)\\b[a-z_]*(password|passwd|secret|token|api_?key|secret_access_key)[a-z_]*\\s*[=:]\\s*[\"']?([^\\s\"'$<>{}()]{4,})");

    /** What kind of secret an environment variable holds, or null when it does not look like one. */
    static String inVariable(String name, String value) {
        String kind = inText(value);
        if (kind != null) {
            return kind;
        }
        if (value.length() < 4 || value.startsWith("arn:") || value.startsWith("/") || value.startsWith("{{resolve:") || value.matches("\\d+|true|false")) {
            return null;
        }
        return SECRET_NAME.matcher(name).matches() && !NOT_A_VALUE_NAME.matcher(name).matches() ? "a value named like a secret (" + name + ")" : null;
    }

    /** What kind of secret free text holds (a script, user data, base64 or not), or null. */
    static String inText(String text) {
        String decoded = decoded(text);
        if (decoded != null && !decoded.equals(text)) {
            String inner = inText(decoded);
            if (inner != null) {
                return inner;
            }
        }
        if (ACCESS_KEY.matcher(text).find()) {
            return "an AWS access key id";
        }
        if (PRIVATE_KEY.matcher(text).find()) {
            return "a private key";
        }
        if (URL_PASSWORD.matcher(text).find()) {
            return "a URL with a password";
        }
        if (ASSIGNMENT.matcher(text).find()) {
            return "a password, token or key assigned in the text";
        }
        return null;
    }

    /** The text a base64 value encodes, when it is base64 of UTF-8 text; else null. */
    private static String decoded(String text) {
        String t = text.strip();
        if (t.length() < 8 || t.length() % 4 != 0 || !t.matches("[A-Za-z0-9+/]+=*")) {
            return null;
        }
        try {
            String s = new String(Base64.getDecoder().decode(t), StandardCharsets.UTF_8);
            return s.chars().allMatch(c -> c == '\n' || c == '\r' || c == '\t' || c >= 32 && c != 0xFFFD) ? s : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}

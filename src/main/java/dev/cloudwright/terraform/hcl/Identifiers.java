package dev.cloudwright.terraform.hcl;

/** Terraform's rule for names (block labels that name things, object keys written bare, argument names). */
public final class Identifiers {
    private Identifiers() {}

    /** A letter or underscore, then letters, digits, underscores or hyphens. */
    public static boolean valid(String s) {
        if (s.isEmpty() || !(Character.isLetter(s.charAt(0)) || s.charAt(0) == '_')) {
            return false;
        }
        for (int i = 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(Character.isLetterOrDigit(c) || c == '_' || c == '-')) {
                return false;
            }
        }
        return true;
    }
}

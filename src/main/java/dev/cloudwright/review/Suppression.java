package dev.cloudwright.review;

/**
 * Why a finding is not reported: an inline comment ({@code cloudwright:ignore}, or the Checkov, tfsec, Trivy or KICS
 * syntax for a related id), the project file, or the baseline.
 *
 * @param source  what suppressed it: {@code cloudwright:ignore}, {@code checkov:skip}, {@code tfsec:ignore},
 *                {@code trivy:ignore}, {@code kics-scan}, {@code .cloudwright.yaml} or {@code baseline}, with the file:line
 *                of the comment where there is one
 * @param reason  the reason given, empty when none
 * @param expires the expiry date (yyyy-mm-dd), null when none
 */
public record Suppression(String source, String reason, String expires) {

    /** A finding with what suppressed it. */
    public record Suppressed(Finding finding, Suppression suppression) {}
}

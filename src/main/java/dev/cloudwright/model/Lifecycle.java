package dev.cloudwright.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Object lifecycle rules: transitions to colder tiers by age, and expiries.
 *
 * @param transitions          tier changes by object age, in order
 * @param expireAfterDays      current versions deleted after this many days (null: never)
 * @param noncurrentAfterDays  noncurrent versions deleted after this many days (null: never)
 * @param abortUploadsAfterDays incomplete multipart uploads aborted after this many days (null: never)
 */
public record Lifecycle(List<Transition> transitions, Integer expireAfterDays, Integer noncurrentAfterDays, Integer abortUploadsAfterDays) {

    /** Objects move to {@code tier} when they are {@code days} old. */
    public record Transition(StorageTier tier, int days) {}

    public Lifecycle {
        transitions = List.copyOf(transitions);
    }

    @Override
    public String toString() {
        List<String> parts = new ArrayList<>();
        if (!transitions.isEmpty()) {
            StringBuilder b = new StringBuilder(StorageTier.STANDARD.title());
            for (Transition t : transitions) {
                b.append(" -> ").append(t.tier().title()).append(" after ").append(t.days()).append(" days");
            }
            parts.add(b.toString());
        }
        if (expireAfterDays != null) {
            parts.add("objects expire after " + expireAfterDays + " days");
        }
        if (noncurrentAfterDays != null) {
            parts.add("noncurrent versions expire after " + noncurrentAfterDays + " days");
        }
        if (abortUploadsAfterDays != null) {
            parts.add("incomplete uploads aborted after " + abortUploadsAfterDays + " days");
        }
        return String.join("; ", parts);
    }
}

package dev.cloudwright.pricing;

import java.util.List;

/**
 * A way to spend less, with what it saves and what it costs in other terms.
 *
 * @param id          stable id, e.g. {@code graviton}
 * @param title       short name
 * @param action      what to do
 * @param monthlyUsd  monthly saving, computed after the opportunities listed before it
 * @param tradeOff    what is given up (empty when nothing is)
 * @param impact      0 pricing only, 1 compatible technical change, 2 operational change, 3 design trade-off
 * @param basis       the discount or price difference it rests on, with source
 * @param components  ids of the components it applies to
 */
public record Opportunity(String id, String title, String action, double monthlyUsd, String tradeOff, int impact, String basis,
        List<String> components) {

    public Opportunity {
        components = List.copyOf(components);
    }
}

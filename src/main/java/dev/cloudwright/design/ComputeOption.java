package dev.cloudwright.design;

import dev.cloudwright.model.Sizing;
import dev.cloudwright.requirements.Requirements.Style;

/**
 * One way to run the application tier, sized for the capacity and priced in the primary region.
 *
 * @param style        serverless, containers, kubernetes or vms
 * @param service      provider service id of the compute
 * @param frontDoor    provider service id of what receives the traffic (load balancer or API gateway)
 * @param sizing       size and counts
 * @param eligible     false when the workload rules this style out
 * @param whyNot       why it is ruled out (null when eligible)
 * @param monthlyUsd   compute plus front door, on-demand
 * @param summary      one line: size and counts in words
 */
public record ComputeOption(Style style, String service, String frontDoor, Sizing sizing, boolean eligible, String whyNot,
        double monthlyUsd, String summary) {}

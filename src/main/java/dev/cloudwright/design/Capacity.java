package dev.cloudwright.design;

import dev.cloudwright.core.Fmt;
import dev.cloudwright.requirements.Requirements;
import dev.cloudwright.requirements.Requirements.Workload;
import java.util.ArrayList;
import java.util.List;

/**
 * Request rates the design is sized for, from the daily volume (with the peak factor) and from the
 * concurrent users (Little's law, X = N / (R + Z)). The design sizes for the larger peak and prices the same
 * traffic: per-request services are billed for the volume the fleet was sized for, never a smaller one.
 *
 * @param avgRpsFromVolume   requests_per_day / 86,400
 * @param peakRpsFromVolume  average x peak factor
 * @param peakRpsFromUsers   concurrent users / (response time + think time)
 * @param peakRps            the peak the design is sized for (the larger of the two)
 * @param avgRps             the average the design's steady fleet is sized for: the larger of the
 *                           volume average and peak / peak factor
 * @param basis              which input decided the peak: {@code requests_per_day} or {@code concurrent_users}
 * @param disagreement       ratio of the larger peak estimate to the smaller (0 when only one input is given)
 * @param monthlyRequests    requests per month billed by per-request services (730 hours), on the sizing basis:
 *                           the average rate x seconds per month
 * @param otherMonthlyRequests requests per month on the other basis, when both inputs are given and disagree
 *                           (0 otherwise): what per-request lines would bill if the smaller estimate is right
 * @param inFlight           requests in flight at peak (X x R)
 * @param peakVcpu           vCPUs needed at peak at the target utilisation
 * @param avgVcpu            vCPUs needed at the average rate at the target utilisation
 * @param egressGbPerMonth   response data sent to clients per month
 * @param notes              warnings about the inputs
 */
public record Capacity(
        double avgRpsFromVolume,
        double peakRpsFromVolume,
        double peakRpsFromUsers,
        double peakRps,
        double avgRps,
        String basis,
        double disagreement,
        double monthlyRequests,
        double otherMonthlyRequests,
        double inFlight,
        double peakVcpu,
        double avgVcpu,
        double egressGbPerMonth,
        List<String> notes) {

    public static final double HOURS_PER_MONTH = 730;
    public static final double SECONDS_PER_MONTH = HOURS_PER_MONTH * 3600;
    static final double DISAGREEMENT_WARNING = 2.0;

    /** The other basis's request name, for people: {@code requests_per_day} or {@code concurrent_users}. */
    public String otherBasis() {
        return basis.equals("concurrent_users") ? "requests_per_day" : "concurrent_users";
    }

    /** The same peak and fleet with the per-request volume of the other basis: what the bill would be if it is right. */
    Capacity onOtherBasis() {
        double kbPerRequest = monthlyRequests > 0 ? egressGbPerMonth / monthlyRequests : 0;
        return new Capacity(avgRpsFromVolume, peakRpsFromVolume, peakRpsFromUsers, peakRps, avgRps, basis, disagreement, otherMonthlyRequests,
                monthlyRequests, inFlight, peakVcpu, avgVcpu, otherMonthlyRequests * kbPerRequest, notes);
    }

    public static Capacity plan(Requirements req, Assumptions a) {
        Workload w = req.workload();
        double responseSeconds = a.get("response_time_ms") / 1000.0;
        double avgVolume = w.requestsPerDay() / 86_400.0;
        double peakVolume = avgVolume * w.peakFactor();
        double peakUsers = w.concurrentUsers() > 0 ? w.concurrentUsers() / (responseSeconds + w.thinkTimeSeconds()) : 0;

        List<String> notes = new ArrayList<>();
        double peak;
        String basis;
        double disagreement = 0;
        if (peakVolume > 0 && peakUsers > 0) {
            double hi = Math.max(peakVolume, peakUsers);
            double lo = Math.min(peakVolume, peakUsers);
            disagreement = hi / lo;
            basis = peakUsers > peakVolume ? "concurrent_users" : "requests_per_day";
            peak = hi;
            if (disagreement > DISAGREEMENT_WARNING) {
                notes.add(String.format(java.util.Locale.ROOT,
                        "The two traffic estimates disagree by %.1fx: %s/day with peak factor %s gives a peak of %.0f requests/s, "
                                + "while %s concurrent users with %ss think time give %.0f requests/s (Little's law). "
                                + "The design is sized and priced for the larger (%s); check whether `concurrent_users` counts "
                                + "active users or open sessions, and whether `think_time_seconds` is right.",
                        disagreement, Fmt.count(w.requestsPerDay()), Fmt.num(w.peakFactor()), peakVolume,
                        Fmt.count(w.concurrentUsers()), Fmt.num(w.thinkTimeSeconds()), peakUsers, basis));
            }
        } else if (peakVolume > 0) {
            peak = peakVolume;
            basis = "requests_per_day";
        } else {
            peak = peakUsers;
            basis = "concurrent_users";
        }
        double avg = Math.max(avgVolume, peak / w.peakFactor());
        double monthly = avg * SECONDS_PER_MONTH;
        double other = disagreement > DISAGREEMENT_WARNING
                ? (basis.equals("concurrent_users") ? avgVolume : peakUsers / w.peakFactor()) * SECONDS_PER_MONTH : 0;
        double perVcpu = a.get("requests_per_vcpu") * a.get("target_utilisation");
        double egressGb = monthly * w.avgResponseKb() / (1024.0 * 1024.0);
        return new Capacity(avgVolume, peakVolume, peakUsers, peak, avg, basis, disagreement, monthly, other,
                peak * responseSeconds, peak / perVcpu, avg / perVcpu, egressGb, List.copyOf(notes));
    }
}

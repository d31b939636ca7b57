package dev.cloudwright.pricing;

import static dev.cloudwright.pricing.Measure.HOUR;

import dev.cloudwright.core.DataFileException;
import dev.cloudwright.core.Tsv;
import dev.cloudwright.model.Component;
import dev.cloudwright.model.Keys;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Committed-use prices (reserved instances and nodes, Savings Plans) from {@code aws/commitments.tsv}, as catalog prices of
 * their own: {@code <on-demand key>/<offering>/<term>/<payment>} is the recurring hourly charge, and the same key with
 * {@code /upfront} the one-time fee spread over every hour of the term, so that a month of a commitment costs what it
 * costs whatever the payment option: recurring plus amortised upfront.
 */
public final class CommittedUse {
    static final String FILE = "dev/cloudwright/aws/commitments.tsv";
    static final Set<String> OFFERINGS = Set.of("reserved-standard", "reserved-convertible", "compute-savings-plan", "ec2-instance-savings-plan");
    static final Set<String> PAYMENTS = Set.of("no-upfront", "partial-upfront", "all-upfront");

    private CommittedUse() {}

    /** One commitment: offering ({@code reserved-standard}...), term ({@code 1y}, {@code 3y}) and payment option. */
    public record Terms(String offering, String term, String payment) {
        public Terms {
            if (!OFFERINGS.contains(offering) || !(term.equals("1y") || term.equals("3y")) || !PAYMENTS.contains(payment)) {
                throw new IllegalArgumentException("not a commitment: " + offering + " " + term + " " + payment);
            }
        }

        /** Parses the words {@link Keys#COMMITMENT} holds: {@code reserved-standard 1y partial-upfront}. */
        public static Terms parse(String words) {
            String[] p = words.trim().split("\\s+");
            if (p.length != 3) {
                throw new IllegalArgumentException("not a commitment: " + words);
            }
            return new Terms(p[0], p[1], p[2]);
        }

        public double termHours() {
            return term.equals("1y") ? 8760 : 26280;
        }

        public String words() {
            return offering + " " + term + " " + payment;
        }

        /** How a bill line names it: {@code reserved 1y, partial upfront}. */
        public String label() {
            String what = switch (offering) {
                case "reserved-standard" -> "reserved";
                case "reserved-convertible" -> "convertible reserved";
                case "compute-savings-plan" -> "Compute Savings Plan";
                default -> "EC2 Instance Savings Plan";
            };
            return what + " " + term + ", " + payment.replace('-', ' ');
        }

        String suffix() {
            return "/" + offering + "/" + term + "/" + payment;
        }
    }

    /** The catalog key of the recurring hourly charge of {@code terms} on {@code onDemandKey}. */
    public static String recurringKey(String onDemandKey, Terms terms) {
        return onDemandKey + terms.suffix();
    }

    /** The catalog key of the upfront fee of {@code terms} per hour of the term. */
    public static String upfrontKey(String onDemandKey, Terms terms) {
        return onDemandKey + terms.suffix() + "/upfront";
    }

    /**
     * The charges of {@code quantity} hours at {@code onDemandKey}: on demand, or where the component's usage names a
     * commitment ({@link Keys#COMMITMENT}), its recurring charge and its amortised upfront fee.
     */
    static List<CostComponent> hours(Component c, String name, String onDemandKey, double quantity) {
        String words = c.value(Keys.COMMITMENT);
        if (words == null || onDemandKey.startsWith(PriceKeys.NOT_KNOWN)) {
            return List.of(CostComponent.of(name, onDemandKey, quantity, HOUR));
        }
        Terms t = Terms.parse(words);
        List<CostComponent> out = new ArrayList<>();
        if (!t.payment().equals("all-upfront")) {
            String named = name.endsWith(")") ? name.substring(0, name.length() - 1) + ", " + t.label() + ")" : name + " (" + t.label() + ")";
            out.add(CostComponent.of(named, recurringKey(onDemandKey, t), quantity, HOUR));
        }
        if (!t.payment().equals("no-upfront")) {
            out.add(CostComponent.of("Upfront fee amortised (" + t.label() + ")", upfrontKey(onDemandKey, t), quantity, HOUR));
        }
        return out;
    }

    /** The prices of the commitments file, each with the unit of the on-demand price it discounts. */
    static List<PriceCatalog.Price> load(PriceCatalog onDemand, List<Tsv.Row> rows) {
        List<PriceCatalog.Price> out = new ArrayList<>();
        for (Tsv.Row r : rows) {
            Terms t;
            try {
                t = new Terms(r.get("offering"), r.get("term"), r.get("payment"));
            } catch (IllegalArgumentException e) {
                throw new DataFileException(FILE + ":" + r.line() + ": " + e.getMessage());
            }
            String key = r.get("key");
            String unit = onDemand.find(key, r.get("region")).map(q -> q.price().unit()).orElse("hour");
            double hourly = r.number("hourly_usd");
            double upfront = r.number("upfront_usd");
            if (hourly < 0 || upfront < 0) {
                throw new DataFileException(FILE + ":" + r.line() + ": negative price");
            }
            String source = r.get("source_url");
            String date = r.get("source_date");
            String confidence = r.getOr("confidence", "");
            if (!t.payment().equals("all-upfront")) {
                out.add(new PriceCatalog.Price(recurringKey(key, t), r.get("region"), unit, List.of(new PriceCatalog.Tier(0, hourly)), source, date,
                        confidence, null));
            }
            if (!t.payment().equals("no-upfront")) {
                out.add(new PriceCatalog.Price(upfrontKey(key, t), r.get("region"), unit,
                        List.of(new PriceCatalog.Tier(0, upfront / t.termHours())), source + " (upfront " + java.math.BigDecimal.valueOf(upfront).setScale(2, java.math.RoundingMode.HALF_UP).toPlainString()
                                + " USD over " + (long) t.termHours() + " hours)", date, confidence, null));
            }
        }
        return out;
    }
}

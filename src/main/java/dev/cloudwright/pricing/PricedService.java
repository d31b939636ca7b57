package dev.cloudwright.pricing;

import dev.cloudwright.model.Component;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * How one provider service is billed: a component of that service becomes a list of cost components.
 * Every service of the catalog has exactly one entry in {@link AwsPricing#SERVICES}; a service that
 * costs nothing says so with {@link #free}, it is never just missing.
 */
interface PricedService {

    /** The service id, as in {@code services.tsv}. */
    String service();

    /** The cost components of {@code c} (a component of this service), in bill order. */
    List<CostComponent> components(Component c);

    /** True for a service with no charges of its own. */
    default boolean free() {
        return false;
    }

    static PricedService of(String service, Function<Component, List<CostComponent>> components) {
        return new Priced(service, components);
    }

    /** A service without charges of its own; {@code why} says where its costs go, if anywhere. */
    static PricedService free(String service, String why) {
        return new Free(service, why);
    }

    record Priced(String service, Function<Component, List<CostComponent>> f) implements PricedService {
        public Priced {
            Objects.requireNonNull(service, "service");
            Objects.requireNonNull(f, "components");
        }

        @Override
        public List<CostComponent> components(Component c) {
            return List.copyOf(f.apply(c));
        }
    }

    record Free(String service, String why) implements PricedService {
        public Free {
            Objects.requireNonNull(service, "service");
            if (why == null || why.isBlank()) {
                throw new IllegalArgumentException("a free service says why: " + service);
            }
        }

        @Override
        public List<CostComponent> components(Component c) {
            return List.of();
        }

        @Override
        public boolean free() {
            return true;
        }
    }
}

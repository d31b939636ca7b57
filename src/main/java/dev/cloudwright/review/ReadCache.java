package dev.cloudwright.review;

import dev.cloudwright.model.Architecture;
import dev.cloudwright.model.Component;
import dev.cloudwright.model.Keys;
import dev.cloudwright.model.Role;

/**
 * A database scaled out for reads (two Aurora readers or more, or an RDS instance with read replicas) in a region with
 * no cache: repeated reads served from memory take load off the database and answer in microseconds.
 */
record ReadCache(RuleMeta meta) implements Rule {

    @Override
    public void check(Component c, Scope scope) {
        Architecture arch = scope.architecture();
        if (c.setting(Keys.REPLICA_OF).isPresent()) {
            return;
        }
        String address = c.value(Keys.TERRAFORM_ADDRESS);
        long replicas = arch.components().stream().filter(o -> o.role() == Role.DATABASE)
                .filter(o -> c.id().equals(o.value(Keys.REPLICA_OF)) || address != null && address.equals(o.value(Keys.REPLICA_OF))).count();
        int readers = c.service().equals("aws.aurora") && c.sizing().replicas() != null ? c.sizing().replicas() : 0;
        boolean readHeavy = replicas >= 1 || readers >= 2;
        if (!readHeavy) {
            return;
        }
        boolean cached = arch.inRegion(c.region()).stream().anyMatch(o -> o.role() == Role.CACHE);
        if (cached) {
            scope.pass(this);
        } else {
            scope.fail(this, c, null, "scaled out for reads (" + (replicas >= 1 ? replicas + " read replica" + (replicas == 1 ? "" : "s")
                    : readers + " readers") + ") with no cache in " + c.region() + "; cache hot reads (ElastiCache) before adding readers", null);
        }
    }
}

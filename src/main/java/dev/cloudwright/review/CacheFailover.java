package dev.cloudwright.review;

import dev.cloudwright.model.Component;
import dev.cloudwright.model.Engine;
import dev.cloudwright.model.Keys;
import dev.cloudwright.model.Setting;
import java.util.Optional;

/**
 * A production Redis or Valkey cache has a replica per shard and automatic failover, so a node or zone failure promotes
 * the replica instead of losing the cache. Memcached has no replicas and is not checked.
 */
record CacheFailover(RuleMeta meta) implements Rule {

    @Override
    public void check(Component c, Scope scope) {
        if (!AwsRules.production(c, scope.architecture()) || c.value(Keys.ENGINE) == Engine.MEMCACHED || c.isUnknown(Keys.ENGINE)) {
            return;
        }
        Integer replicas = c.sizing().replicas();
        if (replicas == null && c.sizing().count() != null && c.sizing().count() == 1) {
            replicas = 0; // a single-node cluster (aws_elasticache_cluster): no replica to promote
        }
        if (replicas == null) {
            String reason = c.unresolved().get("count");
            if (reason != null) {
                scope.unknown(this, c, Setting.unknown(reason, null));
            }
            return;
        }
        Optional<Setting<String>> failover = c.setting(Keys.FAILOVER);
        if (failover.isPresent() && !failover.get().known()) {
            scope.unknown(this, c, failover.get());
            return;
        }
        boolean automatic = failover.map(Setting::value).map(v -> v.startsWith("automatic")).orElse(false);
        if (replicas >= 1 && automatic) {
            scope.pass(this);
            return;
        }
        int shards = c.sizing().shards() == null ? 1 : c.sizing().shards();
        int perShard = Math.max(1, replicas);
        Component fixed = c.toBuilder().sizing(c.sizing().toBuilder().replicas(perShard).count(shards * (perShard + 1)).build())
                .set(Keys.FAILOVER, Setting.designed("automatic, Multi-AZ")).build();
        String what = replicas == 0 ? "no replica: losing the node loses the cache" : "failover is manual: a failed primary stays down until someone acts";
        scope.fail(this, c, replicas == 0 ? null : failover.orElse(null), what + "; add a replica in another zone and turn on automatic failover and Multi-AZ",
                fixed);
    }
}

package dev.cloudwright.terraform.adapt;

import static dev.cloudwright.terraform.adapt.Pipeline.written;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.cloudwright.model.Component;
import dev.cloudwright.model.Engine;
import dev.cloudwright.model.Keys;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The parameter group a cache names (by reference, through a splat, or by its literal name) is part of the cache. */
class CacheParameterGroupTest {

    @TempDir
    Path dir;

    @Test
    void parameterGroupsNamedByReferenceOrByNameArePartOfTheirCache() throws IOException {
        Pipeline p = Pipeline.run(dir, "eu-west-1", """
                resource "aws_elasticache_parameter_group" "sessions" {
                  count  = 1
                  name   = "sessions-valkey8"
                  family = "valkey8"
                  parameter {
                    name  = "cluster-enabled"
                    value = "yes"
                  }
                }
                resource "aws_elasticache_replication_group" "sessions" {
                  replication_group_id    = "sessions"
                  description             = "sessions"
                  engine                  = "valkey"
                  node_type               = "cache.r7g.large"
                  num_node_groups         = 2
                  replicas_per_node_group = 1
                  parameter_group_name    = join("", aws_elasticache_parameter_group.sessions[*].name)
                }
                resource "aws_elasticache_parameter_group" "shared" {
                  name   = "shared-redis7"
                  family = "redis7"
                }
                resource "aws_elasticache_replication_group" "queue" {
                  replication_group_id = "queue"
                  description          = "queue"
                  engine               = "redis"
                  node_type            = "cache.t4g.small"
                  num_cache_clusters   = 1
                  parameter_group_name = "shared-redis7"
                }
                resource "aws_elasticache_parameter_group" "memcached" {
                  name   = "memcached-params"
                  family = "memcached1.6"
                }
                resource "aws_elasticache_cluster" "memo" {
                  cluster_id           = "memo"
                  engine               = "memcached"
                  node_type            = "cache.t4g.small"
                  num_cache_nodes      = 1
                  parameter_group_name = aws_elasticache_parameter_group.memcached.name
                }
                """).nothingUnmodelled();
        assertEquals(List.of("aws_elasticache_cluster.memo", "aws_elasticache_replication_group.queue", "aws_elasticache_replication_group.sessions"),
                p.architecture().components().stream().map(Component::id).sorted().toList());
        Component sessions = p.component("aws_elasticache_replication_group.sessions");
        assertEquals(List.of("aws_elasticache_replication_group.sessions", "aws_elasticache_parameter_group.sessions[0]"), Pipeline.resources(sessions));
        written(sessions, Keys.ENGINE, Engine.VALKEY, 14);
        written(sessions, Keys.CLUSTER_MODE, true, 16);
        assertEquals(List.of("aws_elasticache_replication_group.queue", "aws_elasticache_parameter_group.shared"),
                Pipeline.resources(p.component("aws_elasticache_replication_group.queue")));
        assertEquals(List.of("aws_elasticache_cluster.memo", "aws_elasticache_parameter_group.memcached"),
                Pipeline.resources(p.component("aws_elasticache_cluster.memo")));
    }
}

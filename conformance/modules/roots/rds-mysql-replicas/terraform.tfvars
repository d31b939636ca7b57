read_replicas          = 2
replica_instance_class = "db.r6g.large"
multi_az               = true

package dev.cloudwright.model;

/**
 * A directed link between two components.
 *
 * @param from     source component id
 * @param to       target component id
 * @param kind     what flows
 * @param protocol e.g. HTTPS, PostgreSQL/TLS
 * @param port     destination port, 0 when not applicable
 * @param critical the source cannot serve requests without the target (a hard dependency on the request path)
 */
public record Connection(String from, String to, Kind kind, String protocol, int port, boolean critical) {

    public enum Kind { TRAFFIC, REPLICATION, BACKUP, LOGS }
}

package dev.cloudwright.model;

/** Database and cache engines, whatever service runs them. */
public enum Engine {
    POSTGRESQL("PostgreSQL"),
    MYSQL("MySQL"),
    MARIADB("MariaDB"),
    ORACLE("Oracle"),
    SQLSERVER("SQL Server"),
    REDIS("Redis OSS"),
    VALKEY("Valkey"),
    MEMCACHED("Memcached");

    private final String title;

    Engine(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }

    /** The engine's token ({@code postgresql}, {@code valkey}), as in JSON and price keys. */
    public String token() {
        return Key.token(this);
    }

    /** The engine named by its token; an unknown token is an error, never a silent default. */
    public static Engine of(String token) {
        for (Engine e : values()) {
            if (e.token().equals(token)) {
                return e;
            }
        }
        throw new IllegalArgumentException("unknown engine " + token);
    }
}

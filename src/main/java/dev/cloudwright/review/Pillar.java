package dev.cloudwright.review;

/** The six pillars of the Well-Architected frameworks (AWS names them; Azure and Google Cloud have the same ideas). */
public enum Pillar {
    SECURITY("Security"),
    RELIABILITY("Reliability"),
    COST("Cost optimisation"),
    PERFORMANCE("Performance efficiency"),
    OPERATIONS("Operational excellence"),
    SUSTAINABILITY("Sustainability");

    private final String title;

    Pillar(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }

    /** The JSON spelling: {@code security}, {@code operations}... */
    public String token() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}

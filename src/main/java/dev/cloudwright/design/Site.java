package dev.cloudwright.design;

import dev.cloudwright.model.Component;
import dev.cloudwright.model.Connection;
import dev.cloudwright.model.Connection.Kind;
import dev.cloudwright.model.Placement;
import java.util.List;

/**
 * One region while its part of the stack is built: where it is, its part and its peer, and the
 * components and connections added so far (in the order a reader meets them).
 */
final class Site {
    final String region;
    final Profile profile;
    /** Share of the traffic this region serves. */
    final double share;
    /** The other region of the design, or null. */
    final String peer;
    final Profile peerProfile;
    final Placement here;
    final Placement oneZone;
    /** Id of the region's key-management component. */
    final String key;
    /** Requests served here per month. */
    final double monthly;
    private final List<Component> components;
    private final List<Connection> links;
    /** Ids of the front door and the application (set as they are added). */
    String front;
    String app;
    /** Flow-log GB per month (set with the network). */
    double flowGb;

    Site(String region, Profile profile, double share, String peer, Profile peerProfile, List<String> zones, double monthly,
            List<Component> components, List<Connection> links) {
        this.region = region;
        this.profile = profile;
        this.share = share;
        this.peer = peer;
        this.peerProfile = peerProfile;
        this.here = Placement.regional(region, zones);
        this.oneZone = Placement.regional(region, List.of());
        this.key = id("kms");
        this.monthly = monthly;
        this.components = components;
        this.links = links;
    }

    String id(String name) {
        return region + "." + name;
    }

    boolean primary() {
        return profile == Profile.PRIMARY;
    }

    /** A peer that runs more than backup copies (pilot light, warm standby or active). */
    boolean livePeer() {
        return peer != null && peerProfile != Profile.RECOVERY;
    }

    void add(Component c) {
        components.add(c);
    }

    void link(String from, String to, Kind kind, String protocol, int port, boolean critical) {
        links.add(new Connection(from, to, kind, protocol, port, critical));
    }

    /** The components added so far in this site's region. */
    List<Component> inRegion() {
        return components.stream().filter(c -> c.region().equals(region)).toList();
    }

    long componentsHere() {
        return components.stream().filter(c -> c.region().equals(region)).count();
    }
}

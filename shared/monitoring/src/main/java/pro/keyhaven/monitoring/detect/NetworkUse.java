package pro.keyhaven.monitoring.detect;

import java.time.Instant;

/** A network (IPv4 /24, IPv6 /64) a key was used from, with one address seen in it. */
public record NetworkUse(String network, String sampleIp, Instant firstSeen, Instant lastSeen) {}

package pro.keyhaven.monitoring.detect;

import java.time.Duration;

/**
 * The detectors' thresholds, one place (docs/anomaly-detection.md lists them with their reasons).
 *
 * @param alpha EWMA weight of the newest week in an hour-of-week slot
 * @param spikeFactor a spike is at least this many times the slot's mean
 * @param spikeSigmas ... and this many standard deviations above it
 * @param spikeMinExtra ... and at least this many requests above it
 * @param minWeeksForSpike weeks a slot must have been observed before it can spike
 * @param errorMinErrors an error-rate jump needs at least this many errors in the hour
 * @param errorFactor ... a rate at least this many times the usual one
 * @param errorMinRise ... and at least this much above it (absolute, 0..1)
 * @param errorMinZ ... and this many binomial standard deviations above the expected errors
 * @param errorWarmupHours hours of history before the error baseline is trusted
 * @param errorAlpha EWMA weight of each hour in the key's error baseline
 * @param quietWeeks an unusual hour's slot (and the two either side) had no use in at least this
 *     many observed weeks
 * @param regularSlots ... in a key used in every observed week in at least this many slots
 * @param networkLearning new networks in the key's first days of reporting addresses are learned
 * @param rotatedVersionGrace a replaced version may still be used this long after its replacement
 */
public record DetectorSettings(
    double alpha,
    double spikeFactor,
    double spikeSigmas,
    double spikeMinExtra,
    int minWeeksForSpike,
    long errorMinErrors,
    double errorFactor,
    double errorMinRise,
    double errorMinZ,
    int errorWarmupHours,
    double errorAlpha,
    int quietWeeks,
    int regularSlots,
    Duration networkLearning,
    Duration rotatedVersionGrace) {

  public static DetectorSettings defaults() {
    return new DetectorSettings(
        0.3,
        4.0,
        6.0,
        20.0,
        2,
        10,
        5.0,
        0.2,
        6.0,
        72,
        0.05,
        3,
        24,
        Duration.ofDays(7),
        Duration.ofHours(24));
  }
}

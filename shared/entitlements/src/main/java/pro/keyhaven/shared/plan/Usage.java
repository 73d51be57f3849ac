package pro.keyhaven.shared.plan;

/**
 * What an account uses against its limits: live personal keys, how many of them are beyond the plan
 * (readable, read-only), and the teams it owns.
 */
public record Usage(long keys, long readOnlyKeys, long teams) {}

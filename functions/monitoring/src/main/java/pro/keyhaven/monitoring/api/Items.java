package pro.keyhaven.monitoring.api;

import java.util.List;

/** An unpaged list body: {@code {items}}. */
public record Items<T>(List<T> items) {}

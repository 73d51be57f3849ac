package pro.keyhaven.shared.paging;

import java.util.List;

/** A page of a list answer: {@code {items, page, size, total}}. */
public record Page<T>(List<T> items, int page, int size, long total) {}

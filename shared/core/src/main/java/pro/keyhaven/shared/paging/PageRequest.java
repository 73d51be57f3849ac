package pro.keyhaven.shared.paging;

import pro.keyhaven.shared.error.ApiException;

/** {@code ?page=&size=}: page from 0, size 1..200 (default 50). */
public record PageRequest(int page, int size) {

  public static final int DEFAULT_SIZE = 50;
  public static final int MAX_SIZE = 200;

  public PageRequest {
    if (page < 0 || page > 1_000_000) {
      throw ApiException.validation("INVALID_PAGE", "page must be between 0 and 1000000");
    }
    if (size < 1 || size > MAX_SIZE) {
      throw ApiException.validation("INVALID_PAGE_SIZE", "size must be between 1 and " + MAX_SIZE);
    }
  }

  public static PageRequest of(Integer page, Integer size) {
    return new PageRequest(page == null ? 0 : page, size == null ? DEFAULT_SIZE : size);
  }

  public int offset() {
    return page * size;
  }
}

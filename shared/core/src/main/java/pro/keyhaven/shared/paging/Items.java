package pro.keyhaven.shared.paging;

import java.util.List;

/** The body of a list that is not paged: {@code {items:[...]}}. */
public record Items<T>(List<T> items) {

  public Items {
    items = items == null ? List.of() : List.copyOf(items);
  }
}

package pro.keyhaven.shared.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Chain hashing and every problem verification can report, without a database. */
class ChainWalkTests {

  private static final UUID TENANT = UUID.fromString("6f0c1a8e-5c1b-4f7e-9d3a-2b4c6d8e0f12");

  private static ChainHasher.Fields entry(int n, Map<String, Object> metadata) {
    return new ChainHasher.Fields(
        UUID.nameUUIDFromBytes(("entry-" + n).getBytes()),
        TENANT,
        TENANT,
        "key.read",
        "api_key",
        "key-" + n,
        metadata,
        "203.0.113.9",
        "test-agent",
        Instant.parse("2026-11-30T12:00:00Z").plusSeconds(n));
  }

  /** A correctly sealed chain of {@code n} entries. */
  private static List<ChainWalk.Link> chain(int n) {
    List<ChainWalk.Link> links = new ArrayList<>();
    String prev = ChainHasher.GENESIS;
    for (int i = 1; i <= n; i++) {
      ChainHasher.Fields f = entry(i, Map.of("version", i));
      String hash = ChainHasher.hash(f, i, prev);
      links.add(new ChainWalk.Link(f, i, prev, hash));
      prev = hash;
    }
    return links;
  }

  private static ChainWalk walk(List<ChainWalk.Link> links) {
    ChainWalk w = ChainWalk.start();
    for (ChainWalk.Link l : links) {
      w = w.next(l);
    }
    return w;
  }

  @Test
  void theHashIsStableAndCoversEveryField() {
    ChainHasher.Fields f = entry(1, Map.of("a", 1, "b", "x"));
    String h = ChainHasher.hash(f, 1, ChainHasher.GENESIS);
    assertThat(h).hasSize(64).matches("[0-9a-f]+");
    assertThat(ChainHasher.hash(f, 1, ChainHasher.GENESIS)).isEqualTo(h);
    assertThat(ChainHasher.hash(f, 2, ChainHasher.GENESIS)).isNotEqualTo(h);
    assertThat(ChainHasher.hash(f, 1, "1".repeat(64))).isNotEqualTo(h);
    ChainHasher.Fields otherAction =
        new ChainHasher.Fields(
            f.id(),
            f.tenantId(),
            f.userId(),
            "key.delete",
            f.resource(),
            f.resourceId(),
            f.metadata(),
            f.ipAddress(),
            f.userAgent(),
            f.timestamp());
    assertThat(ChainHasher.hash(otherAction, 1, ChainHasher.GENESIS)).isNotEqualTo(h);
  }

  @Test
  void metadataKeyOrderDoesNotChangeTheHash() {
    Map<String, Object> ab = new LinkedHashMap<>();
    ab.put("a", 1);
    ab.put("b", Map.of("y", 2, "x", 1));
    Map<String, Object> ba = new LinkedHashMap<>();
    ba.put("b", Map.of("x", 1, "y", 2));
    ba.put("a", 1);
    assertThat(ChainHasher.hash(entry(1, ab), 1, ChainHasher.GENESIS))
        .isEqualTo(ChainHasher.hash(entry(1, ba), 1, ChainHasher.GENESIS));
  }

  @Test
  void anIntactChainVerifiesAndReachesItsHead() {
    List<ChainWalk.Link> links = chain(5);
    ChainWalk w = walk(links).atHead(5L, links.get(4).hash());
    assertThat(w.broken()).isFalse();
    assertThat(w.entries()).isEqualTo(5);
  }

  @Test
  void aChangedEntryIsAHashMismatch() {
    List<ChainWalk.Link> links = chain(4);
    ChainWalk.Link third = links.get(2);
    links.set(
        2,
        new ChainWalk.Link(
            entry(3, Map.of("version", 99)), third.chainIndex(), third.prevHash(), third.hash()));
    ChainWalk w = walk(links);
    assertThat(w.problem()).isEqualTo("hash_mismatch");
    assertThat(w.badId()).isEqualTo(third.fields().id());
    assertThat(w.entries()).isEqualTo(2);
  }

  @Test
  void aDeletedEntryIsAGap() {
    List<ChainWalk.Link> links = chain(4);
    UUID fourth = links.get(3).fields().id();
    links.remove(2);
    ChainWalk w = walk(links);
    assertThat(w.problem()).isEqualTo("gap");
    assertThat(w.badId()).isEqualTo(fourth);
  }

  @Test
  void aRelinkedEntryIsABrokenLink() {
    List<ChainWalk.Link> links = chain(3);
    ChainWalk.Link second = links.get(1);
    links.set(
        1, new ChainWalk.Link(second.fields(), second.chainIndex(), "f".repeat(64), second.hash()));
    assertThat(walk(links).problem()).isEqualTo("broken_link");
  }

  @Test
  void aCutTailNoLongerReachesTheHead() {
    List<ChainWalk.Link> links = chain(5);
    String headHash = links.get(4).hash();
    ChainWalk w = walk(links.subList(0, 3)).atHead(5L, headHash);
    assertThat(w.problem()).isEqualTo("truncated");
  }

  @Test
  void entriesWithoutARecordedHeadAreReported() {
    assertThat(walk(chain(2)).atHead(null, null).problem()).isEqualTo("head_missing");
    assertThat(ChainWalk.start().atHead(null, null).broken()).isFalse();
  }
}

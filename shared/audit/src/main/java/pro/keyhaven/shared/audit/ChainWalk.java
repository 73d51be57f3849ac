package pro.keyhaven.shared.audit;

import java.util.UUID;

/**
 * The verification of a chain as a fold over its sealed entries in chain order: each step checks
 * the index, the link to the previous hash and the entry's own hash; the last step checks that the
 * walk reaches the recorded head. Pure, so every kind of damage is tested without a database.
 */
record ChainWalk(long entries, long lastIndex, String lastHash, UUID badId, String problem) {

  /** A sealed entry as stored: its hashed fields, its place and its two hashes. */
  record Link(ChainHasher.Fields fields, long chainIndex, String prevHash, String hash) {}

  static ChainWalk start() {
    return new ChainWalk(0, 0, ChainHasher.GENESIS, null, null);
  }

  /** A walk that continues after an entry verified before: its index and hash. */
  static ChainWalk after(long index, String hash) {
    return new ChainWalk(0, index, hash, null, null);
  }

  boolean broken() {
    return problem != null;
  }

  /** The walk after {@code link}; once broken it stays as it is. */
  ChainWalk next(Link link) {
    if (broken()) {
      return this;
    }
    if (link.chainIndex() != lastIndex + 1) {
      return fail(link, "gap");
    }
    if (!lastHash.equals(link.prevHash())) {
      return fail(link, "broken_link");
    }
    if (!ChainHasher.hash(link.fields(), link.chainIndex(), lastHash).equals(link.hash())) {
      return fail(link, "hash_mismatch");
    }
    return new ChainWalk(entries + 1, link.chainIndex(), link.hash(), null, null);
  }

  /**
   * The walk checked against the recorded head ({@code null} index when none is recorded): a chain
   * whose tail was cut no longer reaches it.
   */
  ChainWalk atHead(Long headIndex, String headHash) {
    if (broken()) {
      return this;
    }
    if (headIndex == null) {
      return entries == 0
          ? this
          : new ChainWalk(entries, lastIndex, lastHash, null, "head_missing");
    }
    boolean reaches = headIndex == lastIndex && lastHash.equals(headHash);
    return reaches ? this : new ChainWalk(entries, lastIndex, lastHash, null, "truncated");
  }

  private ChainWalk fail(Link link, String why) {
    return new ChainWalk(entries, lastIndex, lastHash, link.fields().id(), why);
  }
}

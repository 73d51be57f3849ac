package pro.keyhaven.shared.audit.anchor;

import java.util.List;
import java.util.Optional;

/**
 * Where sealed audit entries and chain heads are exported, outside the database: an S3 bucket with
 * Object Lock in compliance mode in AWS (written once, kept for the retention period whoever asks),
 * a local directory in local mode. Blocking calls: run them off the event loop.
 */
public interface AnchorStore {

  /** Writes an object; an existing key is never overwritten by the exporter. */
  void put(String key, byte[] body, String contentType);

  /** The object's bytes, if it exists. */
  Optional<byte[]> get(String key);

  /** Keys under the prefix, in lexicographic order (keys carry zero-padded indexes). */
  List<String> list(String prefix);

  /** Where the store is, for logs and the README (never a credential). */
  String describe();
}

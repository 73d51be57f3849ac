package pro.keyhaven.rotation.service;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import pro.keyhaven.rotation.repository.RotationConnection;
import pro.keyhaven.shared.envelope.Envelope;

/**
 * A connection's credential, sealed as JSON with the envelope key (associated data: the owner and
 * the connection's record) and opened only for the moment a step needs it.
 */
@ApplicationScoped
public class Credentials {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final TypeReference<TreeMap<String, String>> MAP = new TypeReference<>() {};

  private final Envelope envelope;

  public Credentials(Envelope envelope) {
    this.envelope = envelope;
  }

  public byte[] seal(RotationConnection c, Map<String, String> credential) {
    byte[] json;
    try {
      json = JSON.writeValueAsBytes(new TreeMap<>(credential));
    } catch (IOException e) {
      throw new IllegalStateException("a credential could not be written", e);
    }
    try {
      return envelope.seal(json, c.userId, c.record());
    } finally {
      Arrays.fill(json, (byte) 0);
    }
  }

  public Map<String, String> open(RotationConnection c) {
    byte[] json = envelope.open(c.credentialSealed, c.userId, c.record());
    try {
      return JSON.readValue(json, MAP);
    } catch (IOException e) {
      throw new IllegalStateException("a sealed credential is not readable", e);
    } finally {
      Arrays.fill(json, (byte) 0);
    }
  }
}

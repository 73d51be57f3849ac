package pro.keyhaven.cli.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The keys and teams APIs' bodies, as the command line sends and reads them (docs/api.md). */
public final class KeyBodies {

  private KeyBodies() {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record KeyMetadata(
      String description,
      String environment,
      List<String> tags,
      Instant expiresAt,
      List<String> permissions) {}

  /** An {@code APIKey} body. */
  public record ApiKey(
      UUID id,
      UUID userId,
      UUID teamId,
      String service,
      String name,
      String encryptedValue,
      String iv,
      KeyMetadata metadata,
      long version,
      Instant createdAt,
      Instant updatedAt) {

    /** The vault whose key encrypts this item: the team's, else the owner's personal vault. */
    public UUID vaultId() {
      return teamId != null ? teamId : userId;
    }

    public String environment() {
      return metadata == null ? null : metadata.environment();
    }

    public List<String> tags() {
      return metadata == null || metadata.tags() == null ? List.of() : metadata.tags();
    }

    @Override
    public String toString() {
      return "ApiKey[" + id + "]";
    }
  }

  public record KeyPage(List<ApiKey> items, int page, int size, long total) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record CreateKeyRequest(
      UUID id,
      String service,
      String name,
      String encryptedValue,
      String iv,
      UUID teamId,
      KeyMetadata metadata,
      Integer keyGeneration) {
    @Override
    public String toString() {
      return "CreateKeyRequest[" + id + "]";
    }
  }

  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record UpdateValueRequest(String encryptedValue, String iv, Integer keyGeneration) {
    @Override
    public String toString() {
      return "UpdateValueRequest[ciphertext]";
    }
  }

  /** A team as {@code GET /api/teams} lists it, with the caller's own wrapped team key. */
  public record Team(
      UUID id,
      String name,
      String role,
      String wrappedTeamKey,
      String publicKey,
      String protectedPrivateKey,
      Integer keyGeneration) {
    @Override
    public String toString() {
      return "Team[" + id + "]";
    }
  }

  public record TeamList(List<Team> items) {}

  /** One usage event of {@code POST /api/usage}. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record UsageEvent(UUID keyId, Instant timestamp, String endpoint, Integer requestCount) {}

  public record UsageReport(List<UsageEvent> events) {}
}

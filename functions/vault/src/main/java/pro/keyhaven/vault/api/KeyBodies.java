package pro.keyhaven.vault.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import pro.keyhaven.shared.validation.Base64Bytes;

/** Request and response bodies of the keys API (docs/api.md, "Keys"). */
public final class KeyBodies {

  /** Service names: letters, digits and a little punctuation ("AWS S3", "stripe.com"). */
  public static final String SERVICE = "^[\\p{L}\\p{N}][\\p{L}\\p{N} ._\\-/()&+]*$";

  /** Printable text on one line. */
  public static final String ONE_LINE = "^[^\\p{Cntrl}]*$";

  /** Printable text, line breaks and tabs allowed. */
  public static final String TEXT = "^[^\\p{Cntrl}&&[^\\n\\t]]*$";

  public static final String TAG = "^[A-Za-z0-9][A-Za-z0-9._:/\\-]*$";

  /** Largest ciphertext accepted: 16 KiB decoded (a key value plus the GCM tag). */
  public static final int MAX_CIPHERTEXT = 16 * 1024;

  private KeyBodies() {}

  public record KeyMetadata(
      @Size(max = 1000) @Pattern(regexp = TEXT, message = "must not contain control characters")
          String description,
      @NotNull
          @Pattern(
              regexp = "development|staging|production",
              message = "must be development, staging or production")
          String environment,
      @Size(max = 20, message = "at most 20 tags")
          List<
                  @NotBlank @Size(max = 50)
                  @Pattern(regexp = TAG, message = "letters, digits and . _ : / - only") String>
              tags,
      Instant expiresAt,
      @Size(max = 20, message = "at most 20 permissions")
          List<
                  @NotBlank @Size(max = 100)
                  @Pattern(regexp = ONE_LINE, message = "must be one printable line") String>
              permissions) {}

  public record RotationSchedule(
      @Min(1) @Max(3650) int intervalDays,
      @NotNull @Pattern(regexp = "remind|auto", message = "must be remind or auto") String mode,
      @Size(max = 40) @Pattern(regexp = "^[a-z0-9_-]*$", message = "lowercase identifier")
          String provider) {

    public Map<String, Object> asMap() {
      return provider == null
          ? Map.of("interval_days", intervalDays, "mode", mode)
          : Map.of("interval_days", intervalDays, "mode", mode, "provider", provider);
    }
  }

  public record CreateKeyRequest(
      @NotNull UUID id,
      @NotBlank
          @Size(max = 100)
          @Pattern(regexp = SERVICE, message = "letters, digits, spaces and . _ - / ( ) & + only")
          String service,
      @NotBlank @Size(max = 255) @Pattern(regexp = ONE_LINE, message = "must be one printable line")
          String name,
      @NotNull @Base64Bytes(min = 17, max = MAX_CIPHERTEXT) String encryptedValue,
      @NotNull @Base64Bytes(min = 12, max = 12) String iv,
      UUID teamId,
      @NotNull @Valid KeyMetadata metadata,
      @Valid RotationSchedule rotationSchedule) {
    @Override
    public String toString() {
      return "CreateKeyRequest[id=" + id + ", teamId=" + teamId + "]";
    }
  }

  public record UpdateKeyRequest(
      @Size(min = 1, max = 255) @Pattern(regexp = ONE_LINE, message = "must be one printable line")
          String name,
      @Size(min = 1, max = 100)
          @Pattern(regexp = SERVICE, message = "letters, digits, spaces and . _ - / ( ) & + only")
          String service,
      @Base64Bytes(min = 17, max = MAX_CIPHERTEXT) String encryptedValue,
      @Base64Bytes(min = 12, max = 12) String iv,
      @Valid KeyMetadata metadata,
      @Valid RotationSchedule rotationSchedule) {
    @Override
    public String toString() {
      return "UpdateKeyRequest[valueChanges=" + (encryptedValue != null) + "]";
    }
  }

  public record RotateKeyRequest(
      @NotNull @Base64Bytes(min = 17, max = MAX_CIPHERTEXT) String encryptedValue,
      @NotNull @Base64Bytes(min = 12, max = 12) String iv) {
    @Override
    public String toString() {
      return "RotateKeyRequest[<ciphertext>]";
    }
  }

  /** The {@code APIKey} body. */
  public record ApiKey(
      UUID id,
      UUID userId,
      UUID teamId,
      String service,
      String name,
      String encryptedValue,
      String iv,
      KeyMetadata metadata,
      int version,
      int healthScore,
      Instant lastRotated,
      Map<String, Object> rotationSchedule,
      boolean exposed,
      Instant createdAt,
      Instant updatedAt,
      Instant deletedAt) {
    @Override
    public String toString() {
      return "ApiKey[id=" + id + ", version=" + version + "]";
    }
  }

  public record KeyVersion(
      int version, String encryptedValue, String iv, Instant createdAt, UUID createdBy) {
    @Override
    public String toString() {
      return "KeyVersion[version=" + version + "]";
    }
  }

  /** An audit log entry as the API shows it. */
  public record AuditLogEntry(
      UUID id,
      UUID userId,
      UUID tenantId,
      String action,
      String resource,
      String resourceId,
      Map<String, Object> metadata,
      String ipAddress,
      String userAgent,
      Instant timestamp,
      Long chainIndex,
      String hash) {}

  public record VerifyResponse(
      boolean valid,
      long entries,
      long unsealed,
      UUID firstBadId,
      String problem,
      long verifiedFrom,
      long verifiedThrough,
      boolean complete) {}
}

package pro.keyhaven.vault.service;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;
import pro.keyhaven.shared.access.Role;
import pro.keyhaven.shared.audit.AuditEvent;
import pro.keyhaven.shared.audit.AuditWriter;
import pro.keyhaven.shared.error.ApiException;
import pro.keyhaven.shared.error.ErrorType;
import pro.keyhaven.shared.paging.Page;
import pro.keyhaven.shared.paging.PageRequest;
import pro.keyhaven.shared.plan.Entitlements;
import pro.keyhaven.shared.security.ClientInfo;
import pro.keyhaven.shared.time.Clocks;
import pro.keyhaven.vault.api.KeyBodies.ApiKey;
import pro.keyhaven.vault.api.KeyBodies.CreateKeyRequest;
import pro.keyhaven.vault.api.KeyBodies.KeyMetadata;
import pro.keyhaven.vault.api.KeyBodies.KeyVersion;
import pro.keyhaven.vault.api.KeyBodies.MoveKeyRequest;
import pro.keyhaven.vault.api.KeyBodies.RotateKeyRequest;
import pro.keyhaven.vault.api.KeyBodies.UpdateKeyRequest;
import pro.keyhaven.vault.repository.ApiKeyEntity;
import pro.keyhaven.vault.repository.ApiKeyVersion;
import pro.keyhaven.vault.repository.KeyCreates;
import pro.keyhaven.vault.repository.KeyFilter;
import pro.keyhaven.vault.repository.KeyListing;
import pro.keyhaven.vault.repository.KeyReads;
import pro.keyhaven.vault.repository.KeySort;

/**
 * The vault's rules. Every query is scoped by what the caller may see (own personal keys, keys of
 * the caller's teams), never by an owner the client names; what the caller may not see answers 404
 * exactly like what does not exist. Every access and change is audited in the same transaction,
 * before the answer leaves.
 */
@ApplicationScoped
public class KeyService {

  /** How long a deleted key stays restorable. */
  static final Duration TRASH_LIFETIME = Duration.ofDays(30);

  private final AuditWriter audit;
  private final TeamMembership membership;
  private final KeyReads reads;
  private final KeyCreates creates;
  private final KeyListing listing;
  private final Entitlements entitlements;
  private final Clock clock;

  public KeyService(
      AuditWriter audit,
      TeamMembership membership,
      KeyReads reads,
      KeyCreates creates,
      KeyListing listing,
      Entitlements entitlements,
      Clock clock) {
    this.audit = audit;
    this.membership = membership;
    this.reads = reads;
    this.creates = creates;
    this.listing = listing;
    this.entitlements = entitlements;
    this.clock = clock;
  }

  /** A key the caller may see, with the caller's role on it. */
  record Access(ApiKeyEntity key, Role role) {}

  // ---------------------------------------------------------------------------------- reads

  public Uni<ApiKey> read(UUID caller, UUID id, ClientInfo client) {
    return reads
        .readAndAudit(caller, id, client)
        .chain(
            key ->
                key != null
                    ? Uni.createFrom().item(toBody(key))
                    : Panache.withSession(() -> membership.invisible(id, caller))
                        .chain(e -> Uni.createFrom().<ApiKey>failure(e)));
  }

  /** A page of the key's versions, newest first. */
  public Uni<Page<KeyVersion>> versions(UUID caller, UUID id, PageRequest page, ClientInfo client) {
    return Panache.withTransaction(
        () ->
            access(caller, id, false, false)
                .call(a -> record(caller, a.key(), "key.versions_read", Map.of(), client))
                .chain(
                    a ->
                        ApiKeyVersion.<ApiKeyVersion>find("keyId = ?1 order by version desc", id)
                            .page(page.page(), page.size())
                            .list())
                .chain(
                    rows ->
                        ApiKeyVersion.count("keyId", id)
                            .map(
                                total ->
                                    new Page<>(
                                        rows.stream()
                                            .map(
                                                v ->
                                                    new KeyVersion(
                                                        v.version,
                                                        v.encryptedValue,
                                                        v.iv,
                                                        v.createdAt,
                                                        v.createdBy))
                                            .toList(),
                                        page.page(),
                                        page.size(),
                                        total))));
  }

  public Uni<Page<ApiKey>> list(
      UUID caller, KeyFilter filter, KeySort.Order order, PageRequest page, ClientInfo client) {
    Uni<Boolean> teamVisible =
        filter.teamId() == null
            ? Uni.createFrom().item(true)
            : listing.isMember(filter.teamId(), caller);
    return teamVisible.chain(
        visible ->
            visible
                ? query(caller, filter, order, page, client)
                : Uni.createFrom().failure(ApiException.notFound("Team")));
  }

  private Uni<Page<ApiKey>> query(
      UUID caller, KeyFilter filter, KeySort.Order order, PageRequest page, ClientInfo client) {
    return listing
        .page(caller, filter, order, page.offset(), page.size(), client)
        .map(
            rows ->
                new Page<>(
                    rows.items().stream().map(this::toBody).toList(),
                    page.page(),
                    page.size(),
                    rows.total()));
  }

  // --------------------------------------------------------------------------------- writes

  public Uni<ApiKey> create(UUID caller, CreateKeyRequest req, ClientInfo client) {
    if (req.id().version() != 4) {
      return Uni.createFrom().failure(invalidId());
    }
    Instant now = now();
    requireFuture(req.metadata().expiresAt(), now);
    if (req.teamId() == null && !entitlements.enforced()) {
      // A personal key with no plan to check: one statement. A taken id inserts nothing, and the
      // general path below says why (taken by the caller, or unusable).
      return creates
          .insertPersonal(newKey(caller, req, now), client)
          .chain(
              stored ->
                  stored != null
                      ? Uni.createFrom().item(toBody(stored))
                      : createInTransaction(caller, req, now, client));
    }
    return createInTransaction(caller, req, now, client);
  }

  private Uni<ApiKey> createInTransaction(
      UUID caller, CreateKeyRequest req, Instant now, ClientInfo client) {
    return Panache.withTransaction(
            () ->
                createRole(caller, req.teamId())
                    .call(() -> currentGeneration(req.teamId(), req.keyGeneration(), true))
                    .call(() -> enforcePlan(caller, req.teamId()))
                    .chain(() -> ApiKeyEntity.<ApiKeyEntity>findById(req.id()))
                    .chain(
                        existing -> {
                          if (existing != null) {
                            // Only a key the caller can see is named as taken; someone else's
                            // id is refused as any unusable id is, so no answer tells that a
                            // key of another tenant exists.
                            return membership
                                .roleOnKey(existing.id, caller)
                                .chain(
                                    role ->
                                        Uni.createFrom()
                                            .failure(
                                                role != null
                                                    ? ApiException.conflict(
                                                        "ID_TAKEN", "A key with this id exists")
                                                    : invalidId()));
                          }
                          ApiKeyEntity key = newKey(caller, req, now);
                          return key.persist()
                              .chain(() -> keepVersion(key, caller, now))
                              .chain(() -> record(caller, key, "key.create", Map.of(), client))
                              .replaceWith(key);
                        }))
        .map(this::toBody);
  }

  /** A new key at version 1, as the request describes it. */
  private static ApiKeyEntity newKey(UUID caller, CreateKeyRequest req, Instant now) {
    ApiKeyEntity key = new ApiKeyEntity();
    key.id = req.id();
    key.userId = caller;
    key.teamId = req.teamId();
    key.service = req.service().trim();
    key.name = req.name().trim();
    key.encryptedValue = req.encryptedValue();
    key.iv = req.iv();
    key.valueFingerprint = req.valueFingerprint();
    applyMetadata(key, req.metadata());
    key.rotationSchedule = req.rotationSchedule() == null ? null : req.rotationSchedule().asMap();
    key.version = 1;
    key.exposed = false;
    key.createdAt = now;
    key.updatedAt = now;
    key.healthScore = HealthScore.of(key, now);
    return key;
  }

  public Uni<ApiKey> update(
      UUID caller, UUID id, Integer ifMatch, UpdateKeyRequest req, ClientInfo client) {
    boolean valueChanges = req.encryptedValue() != null || req.iv() != null;
    if (valueChanges && (req.encryptedValue() == null || req.iv() == null)) {
      return Uni.createFrom()
          .failure(
              ApiException.validation(
                  "VALUE_AND_IV", "encrypted_value and iv change together: send both"));
    }
    Instant now = now();
    if (req.metadata() != null) {
      requireFuture(req.metadata().expiresAt(), now);
    }
    return change(
        caller,
        id,
        ifMatch,
        Role.EDITOR,
        valueChanges ? new NewValue(req.keyGeneration()) : null,
        (key, role) -> {
          if (req.name() != null) {
            key.name = req.name().trim();
          }
          if (req.service() != null) {
            key.service = req.service().trim();
          }
          if (req.metadata() != null) {
            applyMetadata(key, req.metadata());
          }
          if (req.rotationSchedule() != null) {
            key.rotationSchedule = req.rotationSchedule().asMap();
          }
          if (valueChanges) {
            key.encryptedValue = req.encryptedValue();
            key.iv = req.iv();
            // A value the caller sets replaces one a managed rotation sealed.
            key.sealedValue = null;
            // A new value has its own fingerprint, or none (it may not be fingerprintable).
            key.valueFingerprint = req.valueFingerprint();
          }
          return new Change("key.update", valueChanges, Map.of("value_changed", valueChanges));
        },
        now,
        client);
  }

  public Uni<ApiKey> rotate(
      UUID caller, UUID id, Integer ifMatch, RotateKeyRequest req, ClientInfo client) {
    Instant now = now();
    return change(
        caller,
        id,
        ifMatch,
        Role.EDITOR,
        new NewValue(req.keyGeneration()),
        (key, role) -> {
          key.encryptedValue = req.encryptedValue();
          key.iv = req.iv();
          key.sealedValue = null;
          key.valueFingerprint = req.valueFingerprint();
          key.lastRotated = now;
          key.exposed = false;
          return new Change("key.rotate", true, Map.of());
        },
        now,
        client);
  }

  /**
   * Moves the caller's personal key into a team where the caller is an editor or admin, with the
   * value the caller's browser re-encrypted under the team key. Earlier versions were encrypted
   * under the caller's own user key, which team members cannot open, so they are erased; the new
   * value is kept as the current version. Audited on the owner's chain and the team's.
   */
  public Uni<ApiKey> moveToTeam(
      UUID caller, UUID id, Integer ifMatch, MoveKeyRequest req, ClientInfo client) {
    Instant now = now();
    return Panache.withTransaction(
            () ->
                access(caller, id, true, false)
                    .chain(
                        a -> {
                          ApiKeyEntity key = a.key();
                          if (key.teamId != null || a.role() != Role.OWNER) {
                            return Uni.createFrom()
                                .failure(
                                    ApiException.conflict(
                                        "NOT_PERSONAL",
                                        "Only a personal key of your own can be moved to a team"));
                          }
                          if (ifMatch != null && ifMatch != key.version) {
                            return Uni.createFrom()
                                .failure(ApiException.preconditionFailed(key.version));
                          }
                          if (key.sealedValue != null) {
                            // Sealed to the owner's public key: only the owner's browser can
                            // open it, so it must be opened before the key changes vault.
                            return Uni.createFrom()
                                .failure(
                                    ApiException.conflict(
                                        "SEALED_VALUE_PENDING",
                                        "A managed rotation left a sealed value; unlock the vault"
                                            + " so it is stored first, then move the key"));
                          }
                          return createRole(caller, req.teamId())
                              .call(
                                  () -> currentGeneration(req.teamId(), req.keyGeneration(), true))
                              .call(() -> entitlements.requireTeamPlan(req.teamId()))
                              .call(
                                  () ->
                                      record(
                                          caller,
                                          key,
                                          "key.moved_out",
                                          Map.of(
                                              "team_id",
                                              req.teamId().toString(),
                                              "version",
                                              key.version),
                                          client))
                              .call(
                                  () ->
                                      ApiKeyVersion.delete("keyId = ?1", key.id).replaceWithVoid())
                              .chain(
                                  () -> {
                                    key.teamId = req.teamId();
                                    key.encryptedValue = req.encryptedValue();
                                    key.iv = req.iv();
                                    key.version++;
                                    key.updatedAt = now;
                                    key.healthScore = HealthScore.of(key, now);
                                    return keepVersion(key, caller, now)
                                        .chain(
                                            () ->
                                                record(
                                                    caller,
                                                    key,
                                                    "key.moved_in",
                                                    Map.of(
                                                        "from_user_id",
                                                        caller.toString(),
                                                        "version",
                                                        key.version),
                                                    client))
                                        .replaceWith(key);
                                  });
                        }))
        .map(this::toBody);
  }

  /** What a change did, for the version history and the audit entry. */
  record Change(String action, boolean newValue, Map<String, Object> metadata) {}

  /**
   * Applies a change under a row lock: concurrent writers queue instead of overwriting each other,
   * and a stale {@code If-Match} is refused with 412.
   */
  private Uni<ApiKey> change(
      UUID caller,
      UUID id,
      Integer ifMatch,
      Role needed,
      NewValue newValue,
      BiFunction<ApiKeyEntity, Role, Change> mutation,
      Instant now,
      ClientInfo client) {
    return Panache.withTransaction(
            () ->
                access(caller, id, true, false)
                    .call(a -> writable(a.key()))
                    .call(
                        a -> {
                          // The role first: a viewer learns 403, not what a value lacks.
                          a.role().require(needed);
                          return newValue == null
                              ? Uni.createFrom().voidItem()
                              : currentGeneration(a.key().teamId, newValue.keyGeneration(), false);
                        })
                    .chain(
                        a -> {
                          ApiKeyEntity key = a.key();
                          if (ifMatch != null && ifMatch != key.version) {
                            return Uni.createFrom()
                                .failure(ApiException.preconditionFailed(key.version));
                          }
                          Change change = mutation.apply(key, a.role());
                          key.version++;
                          key.updatedAt = now;
                          key.healthScore = HealthScore.of(key, now);
                          Uni<Void> kept =
                              change.newValue()
                                  ? keepVersion(key, caller, now)
                                  : Uni.createFrom().voidItem();
                          return kept.chain(
                                  () ->
                                      record(
                                          caller,
                                          key,
                                          change.action(),
                                          withVersion(change.metadata(), key.version),
                                          client))
                              .replaceWith(key);
                        }))
        .map(this::toBody);
  }

  public Uni<Void> delete(UUID caller, UUID id, boolean purge, ClientInfo client) {
    Instant now = now();
    return Panache.withTransaction(
        () ->
            access(caller, id, true, purge)
                .chain(
                    a -> {
                      a.role().require(Role.ADMIN);
                      ApiKeyEntity key = a.key();
                      if (purge) {
                        // The ciphertext and every version go; only the audit entry remains.
                        return record(
                                caller, key, "key.purge", Map.of("version", key.version), client)
                            .chain(() -> ApiKeyVersion.delete("keyId", key.id))
                            .chain(key::delete);
                      }
                      key.deletedAt = now;
                      key.updatedAt = now;
                      return record(caller, key, "key.delete", Map.of(), client);
                    }));
  }

  public Uni<ApiKey> restore(UUID caller, UUID id, ClientInfo client) {
    Instant now = now();
    return Panache.withTransaction(
            () ->
                access(caller, id, true, true)
                    .chain(
                        a -> {
                          a.role().require(Role.ADMIN);
                          ApiKeyEntity key = a.key();
                          if (key.deletedAt == null
                              || key.deletedAt.plus(TRASH_LIFETIME).isBefore(now)) {
                            return Uni.createFrom().failure(ApiException.notFound("Deleted key"));
                          }
                          // Restoring makes a key live again: the plan's limit applies as on
                          // create.
                          return enforcePlan(caller, key.teamId)
                              .chain(
                                  () -> {
                                    key.deletedAt = null;
                                    key.updatedAt = now;
                                    return record(caller, key, "key.restore", Map.of(), client);
                                  })
                              .replaceWith(key);
                        }))
        .map(this::toBody);
  }

  // -------------------------------------------------------------------------------- helpers

  /**
   * Loads a key the caller may see. Anything else (absent, another tenant's, a team the caller is
   * not in, in the trash unless asked for) is the same 404.
   */
  private Uni<Access> access(UUID caller, UUID id, boolean lock, boolean includeDeleted) {
    Uni<ApiKeyEntity> load =
        lock
            ? ApiKeyEntity.<ApiKeyEntity>findById(id, LockModeType.PESSIMISTIC_WRITE)
            : ApiKeyEntity.<ApiKeyEntity>findById(id);
    return load.chain(
        key -> {
          if (key == null || (key.deletedAt != null && !includeDeleted)) {
            return Uni.createFrom().failure(ApiException.notFound("Key"));
          }
          return membership
              .roleOnKey(id, caller)
              .chain(
                  role ->
                      role != null
                          ? Uni.createFrom().item(new Access(key, role))
                          : membership
                              .invisible(id, caller)
                              .chain(e -> Uni.createFrom().<Access>failure(e)));
        });
  }

  /** A change that carries a new value, and the team-key generation it names (if any). */
  private record NewValue(Integer keyGeneration) {}

  /**
   * A new value of a team key must be encrypted under the team's current key: a client still
   * holding the key of before a rotation is refused (409 TEAM_KEY_ROTATED) instead of leaving a
   * value no member can open with the new key. Checked after the key's row lock (updates) or under
   * a share lock of the team row (creates), so a concurrent rotation either sees this write (and
   * refuses its own stale list) or this write sees the new generation.
   */
  private Uni<Void> currentGeneration(UUID teamId, Integer sent, boolean share) {
    if (teamId == null) {
      return Uni.createFrom().voidItem();
    }
    if (sent == null) {
      return Uni.createFrom()
          .failure(
              ApiException.validation(
                  "KEY_GENERATION_REQUIRED",
                  "A team key's value must name the team key generation it was encrypted under"
                      + " (key_generation)"));
    }
    return membership
        .keyGeneration(teamId, share)
        .chain(
            current ->
                current == null || current.equals(sent)
                    ? Uni.createFrom().voidItem()
                    : Uni.createFrom()
                        .failure(
                            new ApiException(
                                409,
                                ErrorType.CONFLICT,
                                "TEAM_KEY_ROTATED",
                                "The team key was rotated: reload the team and encrypt the value"
                                    + " under its current key",
                                Map.of("current_generation", current),
                                null)));
  }

  /** The role the caller has where the new key would live (a team needs editor). */
  private Uni<Role> createRole(UUID caller, UUID teamId) {
    if (teamId == null) {
      return Uni.createFrom().item(Role.OWNER);
    }
    return membership
        .role(teamId, caller)
        .map(
            role -> {
              if (role == null) {
                throw ApiException.notFound("Team");
              }
              role.require(Role.EDITOR);
              return role;
            });
  }

  /** A new live key: a place within the owner's plan, or a team whose owner has the Team plan. */
  private Uni<Void> enforcePlan(UUID owner, UUID teamId) {
    return teamId == null
        ? entitlements.requireKeySlot(owner)
        : entitlements.requireTeamPlan(teamId);
  }

  /** A change: a personal key within the owner's plan, or a team still on the Team plan. */
  private Uni<Void> writable(ApiKeyEntity key) {
    return key.teamId == null
        ? entitlements.requireWritableKey(key.userId, key.id)
        : entitlements.requireTeamPlan(key.teamId);
  }

  private Uni<Void> keepVersion(ApiKeyEntity key, UUID actor, Instant now) {
    ApiKeyVersion v = new ApiKeyVersion();
    v.keyId = key.id;
    v.version = key.version;
    v.encryptedValue = key.encryptedValue;
    v.iv = key.iv;
    v.valueFingerprint = key.valueFingerprint;
    v.createdBy = actor;
    v.createdAt = now;
    return v.persist().replaceWithVoid();
  }

  private Uni<Void> record(
      UUID caller, ApiKeyEntity key, String action, Map<String, Object> meta, ClientInfo client) {
    // Team keys go to the team's chain (its admins review it); personal keys to the owner's.
    return audit.append(
        new AuditEvent(
            AuditWriter.keyTenant(key.userId, key.teamId),
            caller,
            action,
            "api_key",
            key.id.toString(),
            meta,
            client));
  }

  private static Map<String, Object> withVersion(Map<String, Object> meta, int version) {
    Map<String, Object> out = new java.util.HashMap<>(meta);
    out.put("version", version);
    return out;
  }

  private static void applyMetadata(ApiKeyEntity key, KeyMetadata m) {
    key.description = m.description();
    key.environment = m.environment();
    key.tags = m.tags() == null ? new String[0] : m.tags().toArray(String[]::new);
    key.permissions =
        m.permissions() == null ? new String[0] : m.permissions().toArray(String[]::new);
    key.expiresAt = m.expiresAt() == null ? null : m.expiresAt().truncatedTo(ChronoUnit.MICROS);
  }

  private static void requireFuture(Instant expiresAt, Instant now) {
    if (expiresAt != null && !expiresAt.isAfter(now)) {
      throw ApiException.validation(
          "EXPIRY_IN_PAST",
          "metadata.expires_at must be in the future",
          Map.of(
              "fields",
              List.of(Map.of("field", "expires_at", "message", "must be in the future"))));
    }
  }

  private static ApiException invalidId() {
    return ApiException.validation(
        "INVALID_ID", "id must be a fresh random UUID (version 4) made by the client");
  }

  private Instant now() {
    return Clocks.now(clock);
  }

  ApiKey toBody(ApiKeyEntity k) {
    return new ApiKey(
        k.id,
        k.userId,
        k.teamId,
        k.service,
        k.name,
        k.encryptedValue,
        k.iv,
        new KeyMetadata(
            k.description, k.environment, List.of(k.tags), k.expiresAt, List.of(k.permissions)),
        k.version,
        k.healthScore,
        k.lastRotated,
        k.rotationSchedule,
        k.exposed,
        k.createdAt,
        k.updatedAt,
        k.deletedAt,
        k.sealedValue);
  }
}

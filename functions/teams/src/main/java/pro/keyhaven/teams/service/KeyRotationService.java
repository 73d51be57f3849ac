package pro.keyhaven.teams.service;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import pro.keyhaven.shared.access.Role;
import pro.keyhaven.shared.error.ApiException;
import pro.keyhaven.shared.error.ErrorType;
import pro.keyhaven.shared.paging.Items;
import pro.keyhaven.shared.security.ClientInfo;
import pro.keyhaven.shared.time.Clocks;
import pro.keyhaven.teams.api.TeamBodies.ItemCiphertext;
import pro.keyhaven.teams.api.TeamBodies.KeyHistoryEntry;
import pro.keyhaven.teams.api.TeamBodies.MemberKey;
import pro.keyhaven.teams.api.TeamBodies.RotateTeamKeyRequest;
import pro.keyhaven.teams.api.TeamBodies.TeamWithKeys;
import pro.keyhaven.teams.repository.Team;
import pro.keyhaven.teams.repository.TeamItems;
import pro.keyhaven.teams.repository.TeamItems.Current;
import pro.keyhaven.teams.repository.TeamKeyHistory;
import pro.keyhaven.teams.repository.TeamMember;
import pro.keyhaven.teams.service.TeamAccess.Standing;

/**
 * Team-key rotation: the client made a new team key and key pair, re-encrypted every live team key
 * under it and wrapped it for every member; this swaps all of it in one transaction, or nothing.
 * The request must describe the team exactly as it is (every member, every live key at its current
 * version), so a member added or a key changed meanwhile cannot be left on the old team key.
 */
@ApplicationScoped
public class KeyRotationService {

  private final TeamAccess access;
  private final TeamItems items;
  private final TeamKeyHistory history;
  private final RotationCheckpoint checkpoint;
  private final Clock clock;

  public KeyRotationService(
      TeamAccess access,
      TeamItems items,
      TeamKeyHistory history,
      RotationCheckpoint checkpoint,
      Clock clock) {
    this.access = access;
    this.items = items;
    this.history = history;
    this.checkpoint = checkpoint;
    this.clock = clock;
  }

  /** The team's earlier keys, each wrapped under the next one; for every member of the team. */
  public Uni<Items<KeyHistoryEntry>> history(UUID caller, UUID teamId) {
    return Panache.withSession(
        () -> access.read(teamId, caller).chain(s -> history.of(teamId)).map(Items::new));
  }

  public Uni<TeamWithKeys> rotate(
      UUID caller, UUID teamId, RotateTeamKeyRequest req, ClientInfo client) {
    Map<UUID, String> wrapped = new HashMap<>();
    for (MemberKey m : req.members()) {
      if (wrapped.put(m.userId(), m.wrappedTeamKey()) != null) {
        return Uni.createFrom().failure(duplicate("DUPLICATE_MEMBER", m.userId()));
      }
    }
    Map<UUID, ItemCiphertext> next = new HashMap<>();
    for (ItemCiphertext item : req.items()) {
      if (next.put(item.id(), item) != null) {
        return Uni.createFrom().failure(duplicate("DUPLICATE_ITEM", item.id()));
      }
    }
    Instant now = Clocks.now(clock);
    return Panache.withTransaction(
        () ->
            access
                .lock(teamId, caller)
                .map(s -> s.require(Role.ADMIN))
                .chain(s -> swap(s, caller, req, wrapped, next, now, client)));
  }

  /** Under the team lock: checks the request against the team, then writes every row. */
  private Uni<TeamWithKeys> swap(
      Standing s,
      UUID caller,
      RotateTeamKeyRequest req,
      Map<UUID, String> wrapped,
      Map<UUID, ItemCiphertext> next,
      Instant now,
      ClientInfo client) {
    Team team = s.team();
    return TeamMember.ofTeam(team.id)
        .invoke(members -> sameMembers(members, wrapped.keySet()))
        .call(members -> items.lockLive(team.id).invoke(live -> sameItems(live, next)))
        .call(members -> reencrypt(team.id, caller, next))
        .call(() -> history.keep(team.id, team.keyGeneration, req.previousTeamKey(), now))
        .call(
            members -> {
              members.forEach(m -> m.wrappedTeamKey = wrapped.get(m.userId));
              team.publicKey = Base64.getDecoder().decode(req.publicKey());
              team.protectedPrivateKey = req.protectedPrivateKey();
              team.keyGeneration++;
              team.rotationRecommended = false;
              team.updatedAt = now;
              return access.record(
                  team,
                  caller,
                  "team.key_rotated",
                  Map.of(
                      "key_generation",
                      team.keyGeneration,
                      "items",
                      next.size(),
                      "members",
                      members.size()),
                  client);
            })
        .call(Panache::flush)
        .call(() -> checkpoint.beforeCommit(team.id))
        .map(
            members ->
                TeamAccess.view(
                    team,
                    members.stream()
                        .filter(m -> m.userId.equals(caller))
                        .findFirst()
                        .orElseThrow()));
  }

  /**
   * Re-encrypts the items, one statement each; their rows are already locked by this transaction.
   */
  private Uni<Integer> reencrypt(UUID teamId, UUID caller, Map<UUID, ItemCiphertext> next) {
    List<ItemCiphertext> ordered = new ArrayList<>(next.values());
    ordered.sort((a, b) -> a.id().compareTo(b.id()));
    Uni<Integer> done = Uni.createFrom().item(0);
    for (ItemCiphertext item : ordered) {
      done =
          done.chain(
              n ->
                  items
                      .reencrypt(
                          teamId,
                          item.id(),
                          item.version(),
                          item.encryptedValue(),
                          item.iv(),
                          caller)
                      .map(
                          matched -> {
                            if (!matched) {
                              // The rows are locked and were checked: this cannot happen.
                              throw new IllegalStateException("a locked team key did not match");
                            }
                            return n + 1;
                          }));
    }
    return done;
  }

  /** 409 unless the request wraps the new key for exactly the current members. */
  private static void sameMembers(List<TeamMember> members, Set<UUID> wrappedFor) {
    Set<UUID> current = members.stream().map(m -> m.userId).collect(Collectors.toSet());
    if (!current.equals(wrappedFor)) {
      throw new ApiException(
          409,
          ErrorType.CONFLICT,
          "MEMBERS_CHANGED",
          "The new team key must be wrapped for exactly the current members; reload them and"
              + " try again",
          Map.of(
              "missing",
              sorted(minus(current, wrappedFor)),
              "unexpected",
              sorted(minus(wrappedFor, current))),
          null);
    }
  }

  /**
   * 409 unless the request re-encrypts exactly the team's live keys; 412 when one of them changed
   * since the client read it.
   */
  private static void sameItems(List<Current> live, Map<UUID, ItemCiphertext> next) {
    Map<UUID, Integer> current = new LinkedHashMap<>();
    live.forEach(c -> current.put(c.id(), c.version()));
    if (!current.keySet().equals(next.keySet())) {
      throw new ApiException(
          409,
          ErrorType.CONFLICT,
          "ITEMS_CHANGED",
          "The rotation must re-encrypt exactly the team's live keys; reload them and try again",
          Map.of(
              "missing",
              sorted(minus(current.keySet(), next.keySet())),
              "unexpected",
              sorted(minus(next.keySet(), current.keySet()))),
          null);
    }
    List<Map<String, Object>> stale = new ArrayList<>();
    current.forEach(
        (id, version) -> {
          if (next.get(id).version() != version.intValue()) {
            stale.add(Map.of("id", id.toString(), "current_version", version));
          }
        });
    if (!stale.isEmpty()) {
      throw new ApiException(
          412,
          ErrorType.CONFLICT,
          "VERSION_MISMATCH",
          "Some team keys changed since you read them; reload them and try again",
          Map.of("items", stale),
          null);
    }
  }

  private static ApiException duplicate(String code, UUID id) {
    return ApiException.validation(code, "Each id may appear once; " + id + " repeats");
  }

  private static Set<UUID> minus(Set<UUID> a, Set<UUID> b) {
    Set<UUID> out = new HashSet<>(a);
    out.removeAll(b);
    return out;
  }

  private static List<String> sorted(Set<UUID> ids) {
    return ids.stream().map(UUID::toString).sorted().toList();
  }
}

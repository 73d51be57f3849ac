package pro.keyhaven.shared.audit;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One audit log row. Written once; only the sealer fills the chain columns afterwards (with SQL of
 * its own). Immutable to Hibernate: it never dirty-checks or updates a row it wrote (the functions'
 * database role could not: it may only insert into audit_logs).
 */
@Entity
@Immutable
@Table(name = "audit_logs")
public class AuditEntry extends PanacheEntityBase {

  @Id public UUID id;

  /** Insert order, given by the database. */
  @Column(insertable = false, updatable = false)
  public Long seq;

  @Column(name = "tenant_id", nullable = false)
  public UUID tenantId;

  @Column(name = "user_id")
  public UUID userId;

  @Column(nullable = false, length = 100)
  public String action;

  @Column(nullable = false, length = 100)
  public String resource;

  @Column(name = "resource_id", length = 255)
  public String resourceId;

  @JdbcTypeCode(SqlTypes.JSON)
  @Column(nullable = false)
  public Map<String, Object> metadata;

  @Column(name = "ip_address", length = 45)
  public String ipAddress;

  @Column(name = "user_agent", length = 512)
  public String userAgent;

  @Column(nullable = false)
  public Instant timestamp;

  @Column(name = "chain_index", updatable = false, insertable = false)
  public Long chainIndex;

  @Column(name = "prev_hash", length = 64, updatable = false, insertable = false)
  public String prevHash;

  @Column(length = 64, updatable = false, insertable = false)
  public String hash;

  @Column(name = "sealed_at", updatable = false, insertable = false)
  public Instant sealedAt;
}

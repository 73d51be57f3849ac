package pro.keyhaven.infra.functions;

/** A resource a function may use; each grants its IAM permissions and sets its environment. */
public enum Access {
  DB,
  REDIS,
  JWT,
  STRIPE,
  GITHUB,
  RESEND,
  LLM,
  /** Encrypt and decrypt with the Tink key encryption key. */
  KMS,
  /** Put objects into the audit-export bucket. */
  AUDIT_BUCKET,
  /** List and read the audit-export bucket (verification against the exported chain heads). */
  AUDIT_BUCKET_READ
}

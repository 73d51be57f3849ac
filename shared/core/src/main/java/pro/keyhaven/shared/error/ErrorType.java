package pro.keyhaven.shared.error;

/** The {@code type} of an {@link ApiError}: the broad class of what went wrong. */
public enum ErrorType {
  AUTHENTICATION,
  AUTHORIZATION,
  VALIDATION,
  ENCRYPTION,
  EXTERNAL_SERVICE,
  RATE_LIMIT,
  INTERNAL_SERVER,
  NOT_FOUND,
  CONFLICT
}

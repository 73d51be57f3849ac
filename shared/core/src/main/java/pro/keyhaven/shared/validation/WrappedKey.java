package pro.keyhaven.shared.validation;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * An opaque, self-describing wrapped key {@code v<n>.<base64>[.<base64>...]} of at most 4 KiB. The
 * server checks the shape only; it never reads the key.
 */
@Documented
@Constraint(validatedBy = WrappedKey.Validator.class)
@Target({
  ElementType.FIELD,
  ElementType.PARAMETER,
  ElementType.RECORD_COMPONENT,
  ElementType.METHOD
})
@Retention(RetentionPolicy.RUNTIME)
public @interface WrappedKey {
  String message() default "must be a wrapped key v<n>.<base64>[.<base64>...] of at most 4 KiB";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Shape check. */
  class Validator implements ConstraintValidator<WrappedKey, String> {
    private static final Pattern SHAPE =
        Pattern.compile("v[1-9][0-9]{0,2}(\\.[A-Za-z0-9+/]+={0,2}){1,6}");

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
      if (value == null) {
        return true;
      }
      if (value.length() > 4096 || !SHAPE.matcher(value).matches()) {
        return false;
      }
      String[] parts = value.split("\\.");
      for (int i = 1; i < parts.length; i++) {
        try {
          Base64.getDecoder().decode(parts[i]);
        } catch (IllegalArgumentException e) {
          return false;
        }
      }
      return true;
    }
  }
}

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

/** Standard base64 whose decoded length lies in [min, max] bytes. Null is valid (use @NotNull). */
@Documented
@Constraint(validatedBy = Base64Bytes.Validator.class)
@Target({
  ElementType.FIELD,
  ElementType.PARAMETER,
  ElementType.RECORD_COMPONENT,
  ElementType.METHOD
})
@Retention(RetentionPolicy.RUNTIME)
public @interface Base64Bytes {
  int min() default 1;

  int max() default Integer.MAX_VALUE;

  String message() default "must be standard base64 of {min} to {max} bytes";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Checks the encoding and the decoded size without keeping the bytes. */
  class Validator implements ConstraintValidator<Base64Bytes, String> {
    private int min;
    private int max;

    @Override
    public void initialize(Base64Bytes annotation) {
      min = annotation.min();
      max = annotation.max();
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
      if (value == null) {
        return true;
      }
      // Cheap bound before decoding: 4 characters carry 3 bytes.
      if (value.length() > (long) max / 3 * 4 + 4) {
        return false;
      }
      try {
        int n = Base64.getDecoder().decode(value).length;
        return n >= min && n <= max;
      } catch (IllegalArgumentException e) {
        return false;
      }
    }
  }
}

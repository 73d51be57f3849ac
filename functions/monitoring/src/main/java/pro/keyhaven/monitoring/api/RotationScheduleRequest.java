package pro.keyhaven.monitoring.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** {@code PUT /api/keys/{id}/rotation-schedule}. */
public record RotationScheduleRequest(
    @NotNull @Min(1) @Max(3650) Integer intervalDays,
    @NotNull @Pattern(regexp = "remind|auto", message = "must be remind or auto") String mode,
    @Size(max = 40) @Pattern(regexp = "^[a-z0-9_-]+$", message = "lowercase identifier")
        String provider) {}

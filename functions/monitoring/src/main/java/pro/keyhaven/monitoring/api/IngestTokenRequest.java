package pro.keyhaven.monitoring.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** {@code POST /api/keys/{id}/ingest-tokens}: a name to recognise the token by. */
public record IngestTokenRequest(
    @NotBlank
        @Size(max = 100)
        @Pattern(regexp = "^[^\\p{Cntrl}]+$", message = "must be one printable line")
        String name) {}

package pro.keyhaven.insights.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** {@code POST /api/insights/query}: a question in plain language. */
public record QueryRequest(@NotBlank @Size(min = 1, max = 500) String question) {}

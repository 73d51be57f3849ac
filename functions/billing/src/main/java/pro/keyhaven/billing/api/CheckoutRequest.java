package pro.keyhaven.billing.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** {@code POST /api/billing/checkout}: the plan to subscribe to. */
public record CheckoutRequest(
    @NotNull @Pattern(regexp = "pro|team", message = "plan must be pro or team") String plan) {}

package pro.keyhaven.notifications.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * {@code {email:{anomaly, rotation_due, expiry, leak, team}}}: which notifications also come by
 * e-mail. In a PUT a switch left out keeps its value. Mails about payment, e-mail verification and
 * new devices have no switch: they always come.
 */
public record PreferencesBody(@NotNull @Valid EmailSwitches email) {

  /** The e-mail switches; {@code null} in a PUT means unchanged. */
  public record EmailSwitches(
      Boolean anomaly, Boolean rotationDue, Boolean expiry, Boolean leak, Boolean team) {}
}

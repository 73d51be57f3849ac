package pro.keyhaven.shared.notify;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** Notification settings, with defaults that work locally (in-app only, no e-mail). */
@ConfigMapping(prefix = "keyhaven.notify")
public interface NotifyConfig {

  Email email();

  Resend resend();

  Smtp smtp();

  Outbox outbox();

  /** Outgoing e-mail. */
  interface Email {
    /**
     * {@code auto} (Resend when {@code RESEND_API_KEY} is set, else SMTP when an SMTP host is set,
     * else none), {@code resend}, {@code smtp} or {@code none} (in-app only).
     */
    @WithDefault("auto")
    String transport();

    @WithDefault("KeyHaven <notifications@keyhaven.local>")
    String from();

    /** Where the dashboard lives, for the links in a mail. */
    @WithDefault("http://localhost:8080")
    String dashboardUrl();

    /**
     * E-mail verification at sign-up: {@code auto} (on where this function has a mail transport),
     * {@code on} or {@code off}. While it is on, an address must be verified before it can be
     * invited to a team or accept an invitation.
     */
    @WithDefault("auto")
    String verification();
  }

  /** Resend's REST API; its address is {@code quarkus.rest-client.resend.url}. */
  interface Resend {
    /** From {@code RESEND_API_KEY}. */
    Optional<String> apiKey();
  }

  /** SMTP for self-hosters; the connection itself is {@code quarkus.mailer.*}. */
  interface Smtp {
    Optional<String> host();
  }

  /** The sender that drains the outbox. */
  interface Outbox {
    /** How often the schedule drains the outbox. */
    @WithDefault("5s")
    String sendEvery();

    /** Rows claimed per batch. */
    @WithDefault("25")
    int batchSize();

    /** Batches per drain at most, so one run is bounded. */
    @WithDefault("20")
    int maxBatches();

    /** How long a claimed row is left alone by other senders while this one sends it. */
    @WithDefault("PT2M")
    Duration lease();

    /** Wait after the first failed attempt; doubled after each further one. */
    @WithDefault("PT30S")
    Duration initialBackoff();

    @WithDefault("PT1H")
    Duration maxBackoff();

    /** Attempts before a mail is given up (with the defaults, about a day of trying). */
    @WithDefault("30")
    int maxAttempts();
  }
}

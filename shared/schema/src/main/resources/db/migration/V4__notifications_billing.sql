-- Notifications: the e-mail outbox beside the in-app rows ------------------------------------
-- A notification and its outbox row are written in the transaction of the event that causes
-- them; a sender drains the outbox. The row's id is the mail provider's idempotency key.
CREATE INDEX notifications_unread_idx ON notifications (user_id, created_at DESC)
    WHERE read_at IS NULL;

CREATE TABLE notification_outbox (
    id                  UUID PRIMARY KEY,
    notification_id     UUID          NOT NULL REFERENCES notifications (id) ON DELETE CASCADE,
    user_id             UUID          NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    channel             VARCHAR(20)   NOT NULL DEFAULT 'email' CHECK (channel IN ('email')),
    status              VARCHAR(20)   NOT NULL DEFAULT 'pending'
                            CHECK (status IN ('pending', 'sent', 'skipped', 'failed')),
    attempts            INTEGER       NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    next_attempt_at     TIMESTAMPTZ   NOT NULL DEFAULT now(),
    -- A one-time link the mail carries (e-mail verification); erased once the mail is out.
    action_url          VARCHAR(2048),
    last_error          VARCHAR(500),
    transport           VARCHAR(20),
    provider_message_id VARCHAR(200),
    created_at          TIMESTAMPTZ   NOT NULL DEFAULT now(),
    sent_at             TIMESTAMPTZ
);
CREATE INDEX notification_outbox_due_idx ON notification_outbox (next_attempt_at)
    WHERE status = 'pending';
CREATE INDEX notification_outbox_notification_idx ON notification_outbox (notification_id);

-- Which notifications also come by e-mail; no row means every switch on.
CREATE TABLE notification_preferences (
    user_id      UUID        PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    anomaly      BOOLEAN     NOT NULL DEFAULT true,
    rotation_due BOOLEAN     NOT NULL DEFAULT true,
    expiry       BOOLEAN     NOT NULL DEFAULT true,
    leak         BOOLEAN     NOT NULL DEFAULT true,
    team         BOOLEAN     NOT NULL DEFAULT true,
    updated_at   TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- Billing: the Stripe subscription mirrored on the account ------------------------------------
-- subscription_changed_at is the Stripe time of the last change applied: an event older than it
-- changes nothing, so events may arrive in any order.
ALTER TABLE users
    ADD COLUMN stripe_subscription_id  VARCHAR(100),
    ADD COLUMN subscription_changed_at TIMESTAMPTZ,
    ADD COLUMN current_period_end      TIMESTAMPTZ,
    ADD COLUMN payment_failed_at       TIMESTAMPTZ,
    ADD COLUMN grace_until             TIMESTAMPTZ;
CREATE UNIQUE INDEX users_stripe_customer_idx ON users (stripe_customer_id)
    WHERE stripe_customer_id IS NOT NULL;
CREATE INDEX users_grace_idx ON users (grace_until) WHERE grace_until IS NOT NULL;

CREATE INDEX processed_webhook_events_age_idx ON processed_webhook_events (processed_at);

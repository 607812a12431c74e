-- Defaults every Pondok installation starts with: system settings, languages, currencies,
-- calendar settings and message templates. Staff change them at run time; this is not demo data.
-- Template variables are written {{name}}.

INSERT INTO system_config (config_key, area, value_type, environment, config_value, encrypted, description) VALUES
    ('general.site_name', 'general', 'string', 'both', 'Villa Pondok Sari', FALSE, 'Name shown in page titles and e-mails'),
    ('general.contact_email', 'general', 'string', 'both', 'stay@pondok.local', FALSE, 'Address guests write to'),
    ('general.contact_phone', 'general', 'string', 'both', '+62 361 000 000', FALSE, 'Telephone shown to guests'),
    ('general.maintenance_mode', 'general', 'boolean', 'both', 'false', FALSE, 'Guests see a notice instead of the booking path; staff keep working'),
    ('general.maintenance_message', 'general', 'string', 'both', 'We are updating our booking system and will be back shortly.', FALSE, 'Notice shown in maintenance mode'),
    ('general.debug_mode', 'general', 'boolean', 'dev', 'false', FALSE, 'Verbose diagnostics for developers; never in production'),
    ('general.environment', 'general', 'string', 'both', 'prod', FALSE, 'Which environment this installation is (dev or prod)'),
    ('general.date_format', 'general', 'string', 'both', 'd MMM yyyy', FALSE, 'Date pattern for staff pages'),
    ('general.google_maps_url', 'general', 'string', 'both', 'https://maps.google.com/?q=Ubud,Bali', FALSE, 'Map link on the location section'),
    ('booking.max_nights', 'booking', 'integer', 'both', '30', FALSE, 'Longest stay that can be booked'),
    ('booking.min_nights', 'booking', 'integer', 'both', '1', FALSE, 'Shortest stay that can be booked'),
    ('booking.max_guests', 'booking', 'integer', 'both', '6', FALSE, 'Most guests in one booking'),
    ('booking.max_advance_days', 'booking', 'integer', 'both', '730', FALSE, 'How far ahead a stay may begin'),
    ('booking.min_advance_hours', 'booking', 'integer', 'both', '0', FALSE, 'How soon before arrival a direct booking is still taken'),
    ('booking.hold_minutes', 'booking', 'integer', 'both', '30', FALSE, 'How long an unpaid online-payment booking keeps its nights before it expires'),
    ('booking.auto_confirm_paid', 'booking', 'boolean', 'both', 'true', FALSE, 'Confirm a booking as soon as its deposit is paid'),
    ('booking.pre_booking_sync_days', 'booking', 'integer', 'both', '2', FALSE, 'Re-fetch OTA feeds before claiming nights that start within this many days'),
    ('booking.pre_booking_sync_max_age_minutes', 'booking', 'integer', 'both', '5', FALSE, 'A feed older than this is re-fetched before such a claim'),
    ('booking.idempotency_ttl_hours', 'booking', 'integer', 'both', '24', FALSE, 'How long an Idempotency-Key is remembered'),
    ('booking.allow_same_day', 'booking', 'boolean', 'both', 'true', FALSE, 'Accept arrivals today'),
    ('booking.turnover_buffer_nights', 'booking', 'integer', 'both', '0', FALSE, 'Nights kept free on a unit after each departure, for turnover'),
    ('payment.stripe_enabled', 'payment', 'boolean', 'both', 'false', FALSE, 'Offer card payment through Stripe Checkout'),
    ('payment.stripe_publishable_key', 'payment', 'string', 'both', NULL, FALSE, 'Stripe publishable key'),
    ('payment.stripe_secret_key', 'payment', 'secret', 'both', NULL, TRUE, 'Stripe secret key'),
    ('payment.stripe_webhook_secret', 'payment', 'secret', 'both', NULL, TRUE, 'Stripe webhook signing secret'),
    ('payment.paypal_enabled', 'payment', 'boolean', 'both', 'false', FALSE, 'Offer PayPal'),
    ('payment.paypal_client_id', 'payment', 'string', 'both', NULL, FALSE, 'PayPal REST client id'),
    ('payment.paypal_client_secret', 'payment', 'secret', 'both', NULL, TRUE, 'PayPal REST client secret'),
    ('payment.paypal_webhook_id', 'payment', 'string', 'both', NULL, FALSE, 'PayPal webhook id used to verify signatures'),
    ('payment.paypal_mode', 'payment', 'string', 'dev', 'sandbox', FALSE, 'PayPal environment: sandbox or live'),
    ('payment.bank_transfer_enabled', 'payment', 'boolean', 'both', 'true', FALSE, 'Offer bank transfer'),
    ('payment.bank_transfer_due_days', 'payment', 'integer', 'both', '3', FALSE, 'Days a guest has to make a bank transfer'),
    ('payment.bank_name', 'payment', 'string', 'both', 'Bank Central Asia (BCA)', FALSE, 'Bank for transfers'),
    ('payment.bank_account_name', 'payment', 'string', 'both', 'PT Villa Pondok Sari', FALSE, 'Account holder for transfers'),
    ('payment.bank_account_number', 'payment', 'string', 'both', '000-000-0000', FALSE, 'Account number for transfers'),
    ('payment.bank_swift', 'payment', 'string', 'both', 'CENAIDJA', FALSE, 'SWIFT/BIC for international transfers'),
    ('payment.reconcile_interval_minutes', 'payment', 'integer', 'both', '15', FALSE, 'How often payments in flight are checked with the provider'),
    ('email.enabled', 'email', 'boolean', 'both', 'true', FALSE, 'Send e-mails to guests'),
    ('email.smtp_host', 'email', 'string', 'both', 'localhost', FALSE, 'SMTP server'),
    ('email.smtp_port', 'email', 'integer', 'both', '587', FALSE, 'SMTP port'),
    ('email.smtp_username', 'email', 'string', 'both', NULL, FALSE, 'SMTP login'),
    ('email.smtp_password', 'email', 'secret', 'both', NULL, TRUE, 'SMTP password'),
    ('email.smtp_starttls', 'email', 'boolean', 'both', 'true', FALSE, 'Use STARTTLS'),
    ('email.from_address', 'email', 'string', 'both', 'stay@pondok.local', FALSE, 'Sender address'),
    ('email.from_name', 'email', 'string', 'both', 'Villa Pondok Sari', FALSE, 'Sender name'),
    ('email.track_opens', 'email', 'boolean', 'both', 'true', FALSE, 'Track when guests open e-mails'),
    ('whatsapp.enabled', 'whatsapp', 'boolean', 'both', 'false', FALSE, 'Send WhatsApp messages to guests'),
    ('whatsapp.api_token', 'whatsapp', 'secret', 'both', NULL, TRUE, 'WhatsApp Business API access token'),
    ('whatsapp.phone_number_id', 'whatsapp', 'string', 'both', NULL, FALSE, 'WhatsApp Business phone number id'),
    ('whatsapp.business_account_id', 'whatsapp', 'string', 'both', NULL, FALSE, 'WhatsApp Business account id'),
    ('whatsapp.webhook_verify_token', 'whatsapp', 'secret', 'both', NULL, TRUE, 'Token WhatsApp sends to verify the webhook'),
    ('i18n.default_language', 'i18n', 'string', 'both', 'en', FALSE, 'Language when the browser asks for none we offer'),
    ('i18n.default_currency', 'i18n', 'string', 'both', 'USD', FALSE, 'Currency shown first to guests'),
    ('i18n.base_currency', 'i18n', 'string', 'both', 'USD', FALSE, 'Currency prices are kept in'),
    ('i18n.rates_source', 'i18n', 'string', 'both', 'manual', FALSE, 'Where exchange rates come from (manual)'),
    ('i18n.staff_languages', 'i18n', 'json', 'both', '["en","id"]', FALSE, 'Languages of the staff pages'),
    ('security.session_timeout_minutes', 'security', 'integer', 'both', '30', FALSE, 'Staff sessions end after this many idle minutes'),
    ('security.max_failed_logins', 'security', 'integer', 'both', '5', FALSE, 'Failed logins in a row before an account is locked'),
    ('security.lockout_minutes', 'security', 'integer', 'both', '15', FALSE, 'How long a locked account stays locked'),
    ('security.password_min_length', 'security', 'integer', 'both', '10', FALSE, 'Shortest staff password'),
    ('security.password_max_age_days', 'security', 'integer', 'both', '0', FALSE, 'Days before staff must change their password (0 = never)'),
    ('security.require_https', 'security', 'boolean', 'prod', 'false', FALSE, 'Refuse plain HTTP (set behind a TLS proxy)'),
    ('security.allowed_origins', 'security', 'json', 'both', '[]', FALSE, 'Origins allowed to call the API from browsers'),
    ('security.audit_retention_days', 'security', 'integer', 'both', '365', FALSE, 'How long the audit trail is kept'),
    ('api.rate_limit_per_hour', 'api', 'integer', 'both', '1000', FALSE, 'API requests per client per hour'),
    ('api.feed_rate_limit_per_hour', 'api', 'integer', 'both', '600', FALSE, 'Calendar feed requests per token per hour'),
    ('api.token_ttl_hours', 'api', 'integer', 'both', '12', FALSE, 'Lifetime of login API tokens'),
    ('api.access_log_retention_days', 'api', 'integer', 'both', '90', FALSE, 'How long API access logs are kept'),
    ('api.docs_enabled', 'api', 'boolean', 'both', 'true', FALSE, 'Publish the OpenAPI description'),
    ('backup.enabled', 'backup', 'boolean', 'both', 'true', FALSE, 'Take scheduled backups'),
    ('backup.schedule_cron', 'backup', 'string', 'both', '0 30 2 * * *', FALSE, 'When the scheduled backup runs (property time)'),
    ('backup.retention_days', 'backup', 'integer', 'both', '30', FALSE, 'How long backups are kept'),
    ('backup.directory', 'backup', 'string', 'both', 'backups', FALSE, 'Folder for backups inside the data folder'),
    ('backup.include_media', 'backup', 'boolean', 'both', 'true', FALSE, 'Include uploaded images'),
    ('notification.retry_max_attempts', 'notification', 'integer', 'both', '8', FALSE, 'Attempts before a message is marked failed'),
    ('notification.retry_backoff_minutes', 'notification', 'integer', 'both', '5', FALSE, 'First wait before a retry; doubles each time'),
    ('notification.payment_reminder_days', 'notification', 'integer', 'both', '3', FALSE, 'Days before the balance is due to send a reminder'),
    ('notification.pre_arrival_days', 'notification', 'integer', 'both', '2', FALSE, 'Days before arrival to send arrival details'),
    ('notification.copy_to_staff', 'notification', 'boolean', 'both', 'false', FALSE, 'Copy guest e-mails to the contact address'),
    ('analytics.enabled', 'analytics', 'boolean', 'both', 'true', FALSE, 'Keep booking and guest analytics'),
    ('analytics.high_value_threshold', 'analytics', 'decimal', 'both', '2000', FALSE, 'Spend (base currency) from which a guest is high value'),
    ('analytics.rollup_hour', 'analytics', 'integer', 'both', '3', FALSE, 'Hour of the nightly analytics roll-up (property time)');

INSERT INTO languages (code, name, native_name, enabled, is_default, sort_order) VALUES
    ('en', 'English', 'English', TRUE, TRUE, 0),
    ('id', 'Indonesian', 'Bahasa Indonesia', TRUE, FALSE, 1),
    ('de', 'German', 'Deutsch', TRUE, FALSE, 2),
    ('fr', 'French', 'Français', TRUE, FALSE, 3),
    ('it', 'Italian', 'Italiano', TRUE, FALSE, 4),
    ('ko', 'Korean', '한국어', TRUE, FALSE, 5),
    ('ja', 'Japanese', '日本語', TRUE, FALSE, 6),
    ('zh', 'Chinese', '中文', TRUE, FALSE, 7),
    ('ru', 'Russian', 'Русский', TRUE, FALSE, 8);

INSERT INTO currencies (code, name, symbol, fraction_digits, rate_to_base, enabled, is_base, sort_order) VALUES
    ('USD', 'US Dollar', '$', 2, 1, TRUE, TRUE, 0),
    ('EUR', 'Euro', '€', 2, 0.92, TRUE, FALSE, 1),
    ('IDR', 'Indonesian Rupiah', 'Rp', 0, 16250, TRUE, FALSE, 2),
    ('GBP', 'Pound Sterling', '£', 2, 0.79, TRUE, FALSE, 3),
    ('AUD', 'Australian Dollar', 'A$', 2, 1.53, TRUE, FALSE, 4);

INSERT INTO calendar_settings (setting_key, setting_value, value_type, description) VALUES
    ('sync.default_interval_minutes', '60', 'integer', 'Import interval for a new OTA integration'),
    ('sync.import_timeout_seconds', '20', 'integer', 'Connect and read time-out of a feed import'),
    ('sync.pre_booking_timeout_seconds', '4', 'integer', 'Time-out of the re-fetch before a near-term booking'),
    ('sync.max_feed_bytes', '5242880', 'integer', 'Largest feed accepted (bytes)'),
    ('sync.max_redirects', '3', 'integer', 'Redirects followed when fetching a feed'),
    ('sync.staleness_alert_intervals', '3', 'integer', 'A feed older than this many intervals raises an alert'),
    ('sync.mass_drop_percent', '50', 'integer', 'Share of future events whose sudden disappearance holds a feed'),
    ('sync.mass_drop_min_events', '4', 'integer', 'Fewest future events for the mass-drop guard to apply'),
    ('sync.rrule_horizon_months', '18', 'integer', 'How far recurring events are expanded'),
    ('export.horizon_days', '730', 'integer', 'How far ahead exported feeds reach'),
    ('export.past_days', '30', 'integer', 'How far back exported feeds reach'),
    ('export.webcal_enabled', 'true', 'boolean', 'Offer webcal:// links for subscriptions'),
    ('export.guest_details_staff_feeds', 'true', 'boolean', 'Staff feeds show guest names and counts'),
    ('export.guest_details_ota_feeds', 'false', 'boolean', 'OTA feeds show guest details (they should not)'),
    ('export.event_title_format', '{{reference}} {{guestName}} ({{guests}})', 'string', 'Title of events in staff feeds'),
    ('export.blocked_title', 'Not available', 'string', 'Title of events in OTA feeds'),
    ('color.confirmed', '#2e7d32', 'color', 'Calendar colour of confirmed bookings'),
    ('color.pending', '#f9a825', 'color', 'Calendar colour of pending bookings'),
    ('color.checked_in', '#1565c0', 'color', 'Calendar colour of guests in house'),
    ('color.cancelled', '#9e9e9e', 'color', 'Calendar colour of cancelled bookings'),
    ('color.source_airbnb', '#ff5a5f', 'color', 'Calendar colour of Airbnb blocks'),
    ('color.source_booking_com', '#003580', 'color', 'Calendar colour of Booking.com blocks'),
    ('color.source_vrbo', '#1e64c8', 'color', 'Calendar colour of VRBO blocks'),
    ('color.manual_block', '#6d4c41', 'color', 'Calendar colour of manual blocks');

INSERT INTO notification_templates (code, name, trigger_event, channels, active) VALUES
    ('booking_received', 'Booking received', 'booking.created', 'email,whatsapp', TRUE),
    ('booking_confirmed', 'Booking confirmed', 'booking.confirmed', 'email,whatsapp', TRUE),
    ('payment_reminder', 'Payment reminder', 'payment.due', 'email,whatsapp', TRUE),
    ('payment_received', 'Payment received', 'payment.received', 'email', TRUE),
    ('pre_arrival', 'Before you arrive', 'stay.pre_arrival', 'email,whatsapp', TRUE),
    ('check_in_welcome', 'Welcome on arrival', 'stay.checked_in', 'email,whatsapp', TRUE),
    ('check_out_thanks', 'Thank you after check-out', 'stay.checked_out', 'email', TRUE),
    ('booking_cancelled', 'Booking cancelled', 'booking.cancelled', 'email,whatsapp', TRUE),
    ('booking_changed', 'Booking changed', 'booking.changed', 'email,whatsapp', TRUE),
    ('custom_message', 'Custom message', 'manual', 'email,whatsapp', TRUE);

INSERT INTO notification_template_texts (template_id, language, subject, body)
    SELECT id, 'en', 'We have your booking {{reference}}', 'Dear {{guestName}},

Thank you for choosing {{villaName}}. We have received your booking {{reference}} for the {{roomName}} from {{checkIn}} to {{checkOut}}.

Total: {{total}}. We will write again as soon as it is confirmed.

Manage your booking: {{manageUrl}}

Warm regards,
{{villaName}}' FROM notification_templates WHERE code = 'booking_received';
INSERT INTO notification_template_texts (template_id, language, subject, body)
    SELECT id, 'id', 'Pemesanan {{reference}} telah kami terima', 'Yth. {{guestName}},

Terima kasih telah memilih {{villaName}}. Kami telah menerima pemesanan {{reference}} untuk {{roomName}} dari {{checkIn}} sampai {{checkOut}}.

Total: {{total}}. Kami akan mengabari Anda segera setelah pemesanan dikonfirmasi.

Kelola pemesanan: {{manageUrl}}

Salam hangat,
{{villaName}}' FROM notification_templates WHERE code = 'booking_received';
INSERT INTO notification_template_texts (template_id, language, subject, body)
    SELECT id, 'en', 'Your stay is confirmed: {{reference}}', 'Dear {{guestName}},

Your booking {{reference}} is confirmed. We look forward to welcoming you on {{checkIn}}; check-in is from {{checkInTime}}.

Room: {{roomName}}
Stay: {{checkIn}} to {{checkOut}}
Total: {{total}}

Manage your booking: {{manageUrl}}

See you soon,
{{villaName}}' FROM notification_templates WHERE code = 'booking_confirmed';
INSERT INTO notification_template_texts (template_id, language, subject, body)
    SELECT id, 'id', 'Pemesanan Anda terkonfirmasi: {{reference}}', 'Yth. {{guestName}},

Pemesanan {{reference}} telah terkonfirmasi. Kami menantikan kedatangan Anda pada {{checkIn}}; check-in mulai pukul {{checkInTime}}.

Kamar: {{roomName}}
Menginap: {{checkIn}} sampai {{checkOut}}
Total: {{total}}

Kelola pemesanan: {{manageUrl}}

Sampai jumpa,
{{villaName}}' FROM notification_templates WHERE code = 'booking_confirmed';
INSERT INTO notification_template_texts (template_id, language, subject, body)
    SELECT id, 'en', 'A reminder: {{amountDue}} due by {{dueDate}}', 'Dear {{guestName}},

A friendly reminder that {{amountDue}} for booking {{reference}} is due by {{dueDate}}.

You can pay here: {{manageUrl}}

Thank you,
{{villaName}}' FROM notification_templates WHERE code = 'payment_reminder';
INSERT INTO notification_template_texts (template_id, language, subject, body)
    SELECT id, 'id', 'Pengingat: {{amountDue}} jatuh tempo {{dueDate}}', 'Yth. {{guestName}},

Kami mengingatkan bahwa pembayaran {{amountDue}} untuk pemesanan {{reference}} jatuh tempo pada {{dueDate}}.

Anda dapat membayar di sini: {{manageUrl}}

Terima kasih,
{{villaName}}' FROM notification_templates WHERE code = 'payment_reminder';
INSERT INTO notification_template_texts (template_id, language, subject, body)
    SELECT id, 'en', 'Payment received for {{reference}}', 'Dear {{guestName}},

We have received your payment of {{amountPaid}} for booking {{reference}}. Thank you!

Balance remaining: {{amountDue}}.

Warm regards,
{{villaName}}' FROM notification_templates WHERE code = 'payment_received';
INSERT INTO notification_template_texts (template_id, language, subject, body)
    SELECT id, 'id', 'Pembayaran untuk {{reference}} telah diterima', 'Yth. {{guestName}},

Kami telah menerima pembayaran Anda sebesar {{amountPaid}} untuk pemesanan {{reference}}. Terima kasih!

Sisa tagihan: {{amountDue}}.

Salam hangat,
{{villaName}}' FROM notification_templates WHERE code = 'payment_received';
INSERT INTO notification_template_texts (template_id, language, subject, body)
    SELECT id, 'en', 'Your arrival on {{checkIn}}', 'Dear {{guestName}},

Your stay at {{villaName}} begins on {{checkIn}}. Check-in is from {{checkInTime}}.

Would you like an airport pickup, or do you have a special request? Just reply to this message.

Address: {{villaAddress}}

See you soon,
{{villaName}}' FROM notification_templates WHERE code = 'pre_arrival';
INSERT INTO notification_template_texts (template_id, language, subject, body)
    SELECT id, 'id', 'Kedatangan Anda pada {{checkIn}}', 'Yth. {{guestName}},

Masa menginap Anda di {{villaName}} dimulai pada {{checkIn}}. Check-in mulai pukul {{checkInTime}}.

Perlu penjemputan bandara atau ada permintaan khusus? Cukup balas pesan ini.

Alamat: {{villaAddress}}

Sampai jumpa,
{{villaName}}' FROM notification_templates WHERE code = 'pre_arrival';
INSERT INTO notification_template_texts (template_id, language, subject, body)
    SELECT id, 'en', 'Welcome to {{villaName}}', 'Dear {{guestName}},

Welcome! We hope you feel at home.

WiFi: {{wifiName}}
Password: {{wifiPassword}}

Check-out is at {{checkOutTime}} on {{checkOut}}. The front desk is here for anything you need.

{{villaName}}' FROM notification_templates WHERE code = 'check_in_welcome';
INSERT INTO notification_template_texts (template_id, language, subject, body)
    SELECT id, 'id', 'Selamat datang di {{villaName}}', 'Yth. {{guestName}},

Selamat datang! Semoga Anda merasa seperti di rumah sendiri.

WiFi: {{wifiName}}
Kata sandi: {{wifiPassword}}

Check-out pukul {{checkOutTime}} pada {{checkOut}}. Resepsionis siap membantu kapan saja.

{{villaName}}' FROM notification_templates WHERE code = 'check_in_welcome';
INSERT INTO notification_template_texts (template_id, language, subject, body)
    SELECT id, 'en', 'Thank you for staying with us', 'Dear {{guestName}},

Thank you for staying at {{villaName}}. We hope you had a wonderful time and would love to welcome you back.

With warm regards,
{{villaName}}' FROM notification_templates WHERE code = 'check_out_thanks';
INSERT INTO notification_template_texts (template_id, language, subject, body)
    SELECT id, 'id', 'Terima kasih telah menginap bersama kami', 'Yth. {{guestName}},

Terima kasih telah menginap di {{villaName}}. Semoga Anda menikmati masa menginap dan kami senang menyambut Anda kembali.

Salam hangat,
{{villaName}}' FROM notification_templates WHERE code = 'check_out_thanks';
INSERT INTO notification_template_texts (template_id, language, subject, body)
    SELECT id, 'en', 'Booking {{reference}} is cancelled', 'Dear {{guestName}},

Your booking {{reference}} ({{checkIn}} to {{checkOut}}) has been cancelled.

Refund due: {{refundDue}}. It goes back to the way you paid.

We hope to welcome you another time,
{{villaName}}' FROM notification_templates WHERE code = 'booking_cancelled';
INSERT INTO notification_template_texts (template_id, language, subject, body)
    SELECT id, 'id', 'Pemesanan {{reference}} dibatalkan', 'Yth. {{guestName}},

Pemesanan {{reference}} ({{checkIn}} sampai {{checkOut}}) telah dibatalkan.

Pengembalian dana: {{refundDue}}, dikirim melalui metode pembayaran Anda.

Semoga kami dapat menyambut Anda di lain waktu,
{{villaName}}' FROM notification_templates WHERE code = 'booking_cancelled';
INSERT INTO notification_template_texts (template_id, language, subject, body)
    SELECT id, 'en', 'Your booking {{reference}} has changed', 'Dear {{guestName}},

Your booking {{reference}} now reads:

Room: {{roomName}}
Stay: {{checkIn}} to {{checkOut}}
Total: {{total}}

Manage your booking: {{manageUrl}}

{{villaName}}' FROM notification_templates WHERE code = 'booking_changed';
INSERT INTO notification_template_texts (template_id, language, subject, body)
    SELECT id, 'id', 'Pemesanan {{reference}} telah diubah', 'Yth. {{guestName}},

Pemesanan {{reference}} kini menjadi:

Kamar: {{roomName}}
Menginap: {{checkIn}} sampai {{checkOut}}
Total: {{total}}

Kelola pemesanan: {{manageUrl}}

{{villaName}}' FROM notification_templates WHERE code = 'booking_changed';
INSERT INTO notification_template_texts (template_id, language, subject, body)
    SELECT id, 'en', '{{subject}}', 'Dear {{guestName}},

{{message}}

{{villaName}}' FROM notification_templates WHERE code = 'custom_message';
INSERT INTO notification_template_texts (template_id, language, subject, body)
    SELECT id, 'id', '{{subject}}', 'Yth. {{guestName}},

{{message}}

{{villaName}}' FROM notification_templates WHERE code = 'custom_message';

DROP INDEX `audit_log_gad`;--> statement-breakpoint
CREATE INDEX `audit_log_gad` ON `audit_log` (`gad_id`,`at`) WHERE gad_id IS NOT NULL;--> statement-breakpoint
DROP INDEX `outbox_dedupe_key`;--> statement-breakpoint
CREATE UNIQUE INDEX `outbox_dedupe_key` ON `outbox` (`dedupe_key`) WHERE dedupe_key IS NOT NULL;
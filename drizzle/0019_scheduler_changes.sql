CREATE TABLE `scheduler_changes` (
	`gad_id` integer PRIMARY KEY NOT NULL,
	`seq` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `scheduler_changes_seq` ON `scheduler_changes` (`seq`);--> statement-breakpoint
CREATE TABLE `scheduler_cursors` (
	`job` text PRIMARY KEY NOT NULL,
	`seq` integer NOT NULL,
	`swept_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `activity_progress_open_since` ON `activity_progress` (`opened_at`) WHERE done_at IS NULL;--> statement-breakpoint
CREATE INDEX `foro_sessions_end` ON `foro_sessions` (starts_at + duration_minutes * 60000);--> statement-breakpoint
CREATE INDEX `session_series_gad` ON `session_series` (`gad_id`);
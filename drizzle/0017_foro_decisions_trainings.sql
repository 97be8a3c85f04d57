CREATE TABLE `session_decisions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`session_id` integer NOT NULL,
	`gad_id` integer NOT NULL,
	`subject` text NOT NULL,
	`plan_id` integer,
	`motion` text NOT NULL,
	`votes_for` integer NOT NULL,
	`votes_against` integer NOT NULL,
	`votes_abstain` integer NOT NULL,
	`present` integer NOT NULL,
	`seats` integer NOT NULL,
	`quorum` integer NOT NULL,
	`outcome` text NOT NULL,
	`endorsements` text,
	`recorded_by_person_id` integer,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`session_id`) REFERENCES `foro_sessions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`gad_id`) REFERENCES `gads`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`recorded_by_person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `session_decisions_gad` ON `session_decisions` (`gad_id`,`subject`);--> statement-breakpoint
CREATE INDEX `session_decisions_session` ON `session_decisions` (`session_id`);--> statement-breakpoint
CREATE TABLE `training_invitees` (
	`training_id` integer NOT NULL,
	`person_id` integer NOT NULL,
	`invited_at` integer,
	`response` text,
	`responded_at` integer,
	`attended` integer,
	PRIMARY KEY(`training_id`, `person_id`),
	FOREIGN KEY (`training_id`) REFERENCES `trainings`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `trainings` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`gad_id` integer NOT NULL,
	`activity` integer NOT NULL,
	`topic` text NOT NULL,
	`starts_at` integer NOT NULL,
	`duration_minutes` integer DEFAULT 120 NOT NULL,
	`place` text,
	`link` text,
	`status` text DEFAULT 'scheduled' NOT NULL,
	`attendance_recorded_at` integer,
	`created_by_person_id` integer,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`gad_id`) REFERENCES `gads`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by_person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `trainings_gad` ON `trainings` (`gad_id`,`starts_at`);--> statement-breakpoint
ALTER TABLE `documents` ADD `training_id` integer;--> statement-breakpoint
ALTER TABLE `session_series` ADD `duration_minutes` integer DEFAULT 120 NOT NULL;
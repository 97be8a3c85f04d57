CREATE TABLE `commitments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`plan_id` integer NOT NULL,
	`title` text NOT NULL,
	`problem` text NOT NULL,
	`objective` text NOT NULL,
	`expected_results` text NOT NULL,
	`pillars` text NOT NULL,
	`responsible_entity` text NOT NULL,
	`responsible_person_id` integer,
	`counterparts` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`plan_id`) REFERENCES `plans`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`responsible_person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `evaluations` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`commitment_id` integer NOT NULL,
	`monitor_person_id` integer,
	`verifiable` integer NOT NULL,
	`relevant` integer NOT NULL,
	`potential_impact` text NOT NULL,
	`result` text NOT NULL,
	`notes` text,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`commitment_id`) REFERENCES `commitments`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`monitor_person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `evaluations_commitment` ON `evaluations` (`commitment_id`);--> statement-breakpoint
CREATE TABLE `foro_entities` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`gad_id` integer NOT NULL,
	`name` text NOT NULL,
	`sector` text NOT NULL,
	`contact` text,
	`interest` text,
	`created_by_person_id` integer,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`gad_id`) REFERENCES `gads`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by_person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `foro_entities_gad` ON `foro_entities` (`gad_id`);--> statement-breakpoint
CREATE TABLE `foro_sessions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`gad_id` integer NOT NULL,
	`series_id` integer,
	`starts_at` integer NOT NULL,
	`duration_minutes` integer DEFAULT 120 NOT NULL,
	`place` text,
	`link` text,
	`agenda` text,
	`status` text DEFAULT 'scheduled' NOT NULL,
	`minutes_recorded_at` integer,
	`created_by_person_id` integer,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`gad_id`) REFERENCES `gads`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`series_id`) REFERENCES `session_series`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by_person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `foro_sessions_gad_start` ON `foro_sessions` (`gad_id`,`starts_at`);--> statement-breakpoint
CREATE INDEX `foro_sessions_start` ON `foro_sessions` (`status`,`starts_at`);--> statement-breakpoint
CREATE TABLE `milestone_reports` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`milestone_id` integer NOT NULL,
	`person_id` integer,
	`completion` text NOT NULL,
	`text` text NOT NULL,
	`delay_reason` text,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`milestone_id`) REFERENCES `milestones`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `milestones` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`commitment_id` integer NOT NULL,
	`deliverable` text NOT NULL,
	`start_date` text NOT NULL,
	`due_date` text NOT NULL,
	`completion` text DEFAULT 'no_iniciado' NOT NULL,
	`updated_at` integer,
	FOREIGN KEY (`commitment_id`) REFERENCES `commitments`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `milestones_due` ON `milestones` (`due_date`);--> statement-breakpoint
CREATE TABLE `plans` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`gad_id` integer NOT NULL,
	`period_start` text NOT NULL,
	`period_end` text NOT NULL,
	`status` text DEFAULT 'draft' NOT NULL,
	`public_token` text NOT NULL,
	`approved_by_person_id` integer,
	`approved_at` integer,
	`published_at` integer,
	`closed_at` integer,
	`created_by_person_id` integer,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`gad_id`) REFERENCES `gads`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`approved_by_person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by_person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `plans_gad` ON `plans` (`gad_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `plans_public_token` ON `plans` (`public_token`);--> statement-breakpoint
CREATE TABLE `session_attendance` (
	`session_id` integer NOT NULL,
	`person_id` integer NOT NULL,
	`response` text,
	`responded_at` integer,
	`attended` integer,
	PRIMARY KEY(`session_id`, `person_id`),
	FOREIGN KEY (`session_id`) REFERENCES `foro_sessions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `session_series` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`gad_id` integer NOT NULL,
	`rule` text NOT NULL,
	`place` text,
	`link` text,
	`agenda` text,
	`created_by_person_id` integer,
	`cancelled_at` integer,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`gad_id`) REFERENCES `gads`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by_person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
ALTER TABLE `documents` ADD `milestone_id` integer;--> statement-breakpoint
ALTER TABLE `documents` ADD `session_id` integer;--> statement-breakpoint
ALTER TABLE `memberships` ADD `foro_entity_id` integer;
CREATE TABLE `activity_progress` (
	`gad_id` integer NOT NULL,
	`activity` integer NOT NULL,
	`opened_at` integer,
	`done_at` integer,
	`done_by_person_id` integer,
	PRIMARY KEY(`gad_id`, `activity`),
	FOREIGN KEY (`gad_id`) REFERENCES `gads`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`done_by_person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `audit_log` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`at` integer NOT NULL,
	`actor_person_id` integer,
	`actor_address` text,
	`action` text NOT NULL,
	`gad_id` integer,
	`details` text
);
--> statement-breakpoint
CREATE INDEX `audit_log_gad` ON `audit_log` (`gad_id`,`at`);--> statement-breakpoint
CREATE TABLE `channel_state` (
	`channel` text NOT NULL,
	`key` text NOT NULL,
	`value` text NOT NULL,
	`updated_at` integer NOT NULL,
	PRIMARY KEY(`channel`, `key`)
);
--> statement-breakpoint
CREATE TABLE `conversations` (
	`identity_id` integer PRIMARY KEY NOT NULL,
	`flow` text NOT NULL,
	`state` text NOT NULL,
	`choices` text NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`identity_id`) REFERENCES `identities`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `documents` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`gad_id` integer,
	`activity` integer,
	`product` text NOT NULL,
	`version` integer NOT NULL,
	`file_name` text NOT NULL,
	`mime` text NOT NULL,
	`size` integer NOT NULL,
	`sha256` text NOT NULL,
	`uploaded_by_person_id` integer,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`gad_id`) REFERENCES `gads`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`uploaded_by_person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `documents_gad` ON `documents` (`gad_id`,`activity`);--> statement-breakpoint
CREATE INDEX `documents_sha` ON `documents` (`sha256`);--> statement-breakpoint
CREATE TABLE `gads` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`level` text NOT NULL,
	`province` text NOT NULL,
	`canton` text,
	`gremio` text NOT NULL,
	`entry` text NOT NULL,
	`status` text NOT NULL,
	`natural_key` text NOT NULL,
	`details` text,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `gads_natural_key` ON `gads` (`natural_key`);--> statement-breakpoint
CREATE TABLE `identities` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`channel` text NOT NULL,
	`address` text NOT NULL,
	`person_id` integer,
	`display_name` text,
	`unreachable_at` integer,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `identities_channel_address` ON `identities` (`channel`,`address`);--> statement-breakpoint
CREATE INDEX `identities_person` ON `identities` (`person_id`);--> statement-breakpoint
CREATE TABLE `invite_attempts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`channel` text NOT NULL,
	`address` text NOT NULL,
	`at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `invite_attempts_sender` ON `invite_attempts` (`channel`,`address`,`at`);--> statement-breakpoint
CREATE TABLE `invites` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`code_hash` text NOT NULL,
	`role` text NOT NULL,
	`gad_id` integer,
	`gremio` text,
	`attributes` text,
	`created_by_person_id` integer,
	`expires_at` integer NOT NULL,
	`used_at` integer,
	`used_by_person_id` integer,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`gad_id`) REFERENCES `gads`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by_person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`used_by_person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `invites_code_hash` ON `invites` (`code_hash`);--> statement-breakpoint
CREATE TABLE `memberships` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`person_id` integer NOT NULL,
	`role` text NOT NULL,
	`gad_id` integer,
	`gremio` text,
	`sector` text,
	`entity` text,
	`seat` text,
	`office` text,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`gad_id`) REFERENCES `gads`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `memberships_person` ON `memberships` (`person_id`);--> statement-breakpoint
CREATE INDEX `memberships_gad_role` ON `memberships` (`gad_id`,`role`);--> statement-breakpoint
CREATE TABLE `outbox` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`identity_id` integer NOT NULL,
	`channel` text NOT NULL,
	`address` text NOT NULL,
	`payload` text NOT NULL,
	`dedupe_key` text,
	`status` text DEFAULT 'pending' NOT NULL,
	`attempts` integer DEFAULT 0 NOT NULL,
	`next_attempt_at` integer NOT NULL,
	`last_error` text,
	`created_at` integer NOT NULL,
	`sent_at` integer,
	FOREIGN KEY (`identity_id`) REFERENCES `identities`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `outbox_dedupe_key` ON `outbox` (`dedupe_key`);--> statement-breakpoint
CREATE INDEX `outbox_due` ON `outbox` (`status`,`next_attempt_at`);--> statement-breakpoint
CREATE TABLE `people` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`display_name` text NOT NULL,
	`locale` text NOT NULL,
	`reminders_muted` integer DEFAULT false NOT NULL,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `processed_inbound` (
	`channel` text NOT NULL,
	`external_id` text NOT NULL,
	`at` integer NOT NULL,
	PRIMARY KEY(`channel`, `external_id`)
);

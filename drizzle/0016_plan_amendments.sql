CREATE TABLE `commitment_statuses` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`commitment_id` integer NOT NULL,
	`status` text NOT NULL,
	`at` integer NOT NULL,
	FOREIGN KEY (`commitment_id`) REFERENCES `commitments`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `commitment_statuses_commitment` ON `commitment_statuses` (`commitment_id`);--> statement-breakpoint
CREATE TABLE `plan_amendments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`plan_id` integer NOT NULL,
	`version` integer NOT NULL,
	`reason` text NOT NULL,
	`changes` text NOT NULL,
	`status` text DEFAULT 'draft' NOT NULL,
	`created_by_person_id` integer,
	`created_at` integer NOT NULL,
	`approved_by_person_id` integer,
	`published_at` integer,
	FOREIGN KEY (`plan_id`) REFERENCES `plans`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by_person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`approved_by_person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `plan_amendments_version` ON `plan_amendments` (`plan_id`,`version`);--> statement-breakpoint
ALTER TABLE `commitments` ADD `since_version` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE `commitments` ADD `withdrawn_at` integer;--> statement-breakpoint
ALTER TABLE `commitments` ADD `withdrawn_reason` text;--> statement-breakpoint
ALTER TABLE `plans` ADD `version` integer DEFAULT 1 NOT NULL;
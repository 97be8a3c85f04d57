CREATE TABLE `assessments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`plan_id` integer NOT NULL,
	`kind` text NOT NULL,
	`commitment_id` integer,
	`verifiable` integer,
	`relevant` integer,
	`potential_impact` text,
	`co_creation` text,
	`repository` text,
	`completion` text,
	`result` text,
	`notes` text,
	`monitor_person_id` integer,
	`created_at` integer NOT NULL,
	`response` text,
	`responded_by_person_id` integer,
	`responded_at` integer,
	FOREIGN KEY (`plan_id`) REFERENCES `plans`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`commitment_id`) REFERENCES `commitments`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`monitor_person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`responded_by_person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `assessments_plan` ON `assessments` (`plan_id`,`kind`);--> statement-breakpoint
CREATE TABLE `proposal_calls` (
	`gad_id` integer PRIMARY KEY NOT NULL,
	`code` text NOT NULL,
	`opened_by_person_id` integer,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`gad_id`) REFERENCES `gads`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`opened_by_person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `proposal_calls_code` ON `proposal_calls` (`code`);--> statement-breakpoint
CREATE TABLE `proposals` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`gad_id` integer NOT NULL,
	`source` text NOT NULL,
	`external_id` text,
	`title` text NOT NULL,
	`description` text NOT NULL,
	`author_name` text,
	`author_contact` text,
	`author_person_id` integer,
	`consent_at` integer,
	`status` text DEFAULT 'pending' NOT NULL,
	`plan_id` integer,
	`commitment_id` integer,
	`merged_into_id` integer,
	`response` text,
	`responded_by_person_id` integer,
	`responded_at` integer,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`gad_id`) REFERENCES `gads`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`author_person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`plan_id`) REFERENCES `plans`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`commitment_id`) REFERENCES `commitments`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`responded_by_person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `proposals_gad` ON `proposals` (`gad_id`,`status`);--> statement-breakpoint
CREATE UNIQUE INDEX `proposals_external` ON `proposals` (`gad_id`,`source`,`external_id`);
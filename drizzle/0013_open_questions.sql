CREATE TABLE `open_questions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`identity_id` integer NOT NULL,
	`kind` text NOT NULL,
	`topic` text NOT NULL,
	`flow` text NOT NULL,
	`flow_version` integer DEFAULT 1 NOT NULL,
	`state` text NOT NULL,
	`choices` text NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`expires_at` integer NOT NULL,
	FOREIGN KEY (`identity_id`) REFERENCES `identities`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `open_questions_topic` ON `open_questions` (`identity_id`,`kind`,`topic`);--> statement-breakpoint
CREATE INDEX `open_questions_topic_only` ON `open_questions` (`topic`);
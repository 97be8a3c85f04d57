CREATE TABLE `outbox_deliveries` (
	`platform_id` text NOT NULL,
	`outbox_id` integer NOT NULL,
	`template` text,
	`status` text NOT NULL,
	`error` text,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	PRIMARY KEY(`platform_id`, `outbox_id`),
	FOREIGN KEY (`outbox_id`) REFERENCES `outbox`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `outbox_deliveries_outbox` ON `outbox_deliveries` (`outbox_id`);--> statement-breakpoint
CREATE TABLE `service_windows` (
	`channel` text NOT NULL,
	`address` text NOT NULL,
	`last_inbound_at` integer NOT NULL,
	PRIMARY KEY(`channel`, `address`)
);

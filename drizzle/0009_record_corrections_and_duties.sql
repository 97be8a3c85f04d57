CREATE TABLE `activity_events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`gad_id` integer NOT NULL,
	`activity` integer NOT NULL,
	`kind` text NOT NULL,
	`person_id` integer,
	`reason` text,
	`notified` text NOT NULL,
	`at` integer NOT NULL,
	FOREIGN KEY (`gad_id`) REFERENCES `gads`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `activity_events_gad` ON `activity_events` (`gad_id`,`activity`);--> statement-breakpoint
ALTER TABLE `commitments` ADD `responsible_name` text;--> statement-breakpoint
ALTER TABLE `invites` ADD `intended_for` text;--> statement-breakpoint
ALTER TABLE `invites` ADD `replaces_membership_id` integer REFERENCES memberships(id);--> statement-breakpoint
ALTER TABLE `invites` ADD `revoked_at` integer;--> statement-breakpoint
ALTER TABLE `invites` ADD `revoked_by_person_id` integer REFERENCES people(id);--> statement-breakpoint
ALTER TABLE `memberships` ADD `commitment_id` integer;--> statement-breakpoint
ALTER TABLE `memberships` ADD `ended_at` integer;--> statement-breakpoint
ALTER TABLE `memberships` ADD `ended_by_person_id` integer REFERENCES people(id);--> statement-breakpoint
ALTER TABLE `memberships` ADD `ended_reason` text;--> statement-breakpoint
ALTER TABLE `people` ADD `position` text;--> statement-breakpoint
ALTER TABLE `people` ADD `institution` text;--> statement-breakpoint
ALTER TABLE `people` ADD `profiled_at` integer;--> statement-breakpoint
-- Activity events are the record's history: the database refuses to change or delete one.
CREATE TRIGGER `activity_events_no_update` BEFORE UPDATE ON `activity_events`
BEGIN
  SELECT RAISE(ABORT, 'activity_events is append-only');
END;
--> statement-breakpoint
CREATE TRIGGER `activity_events_no_delete` BEFORE DELETE ON `activity_events`
BEGIN
  SELECT RAISE(ABORT, 'activity_events is append-only');
END;

CREATE TABLE `scheduler_marks` (
	`key` text PRIMARY KEY NOT NULL,
	`at` integer NOT NULL
);

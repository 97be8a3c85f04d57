CREATE INDEX `documents_session` ON `documents` (`session_id`);--> statement-breakpoint
CREATE INDEX `outbox_pending_by_channel` ON `outbox` (`status`,`channel`,`id`);
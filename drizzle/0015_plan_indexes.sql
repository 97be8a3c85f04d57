CREATE INDEX `commitments_plan` ON `commitments` (`plan_id`);--> statement-breakpoint
CREATE INDEX `milestone_reports_milestone` ON `milestone_reports` (`milestone_id`);--> statement-breakpoint
CREATE INDEX `milestones_commitment` ON `milestones` (`commitment_id`);
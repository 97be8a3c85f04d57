-- The scheduler reads only what changed since its last sweep (src/scheduler/cursor.ts): every
-- write to a row a scheduled job reads records its GAD in scheduler_changes with the next
-- sequence number (one row per GAD, kept at its latest change), in the writer's transaction.
CREATE TRIGGER `scheduler_changes_gads_insert` AFTER INSERT ON `gads`
BEGIN
  INSERT INTO scheduler_changes (gad_id, seq)
    SELECT gad, (SELECT coalesce(max(seq), 0) + 1 FROM scheduler_changes) FROM (SELECT NEW.id AS gad) WHERE gad IS NOT NULL
    ON CONFLICT (gad_id) DO UPDATE SET seq = excluded.seq;
END;
--> statement-breakpoint
CREATE TRIGGER `scheduler_changes_gads_update` AFTER UPDATE ON `gads`
BEGIN
  INSERT INTO scheduler_changes (gad_id, seq)
    SELECT gad, (SELECT coalesce(max(seq), 0) + 1 FROM scheduler_changes) FROM (SELECT NEW.id AS gad) WHERE gad IS NOT NULL
    ON CONFLICT (gad_id) DO UPDATE SET seq = excluded.seq;
END;
--> statement-breakpoint
CREATE TRIGGER `scheduler_changes_memberships_insert` AFTER INSERT ON `memberships`
BEGIN
  INSERT INTO scheduler_changes (gad_id, seq)
    SELECT gad, (SELECT coalesce(max(seq), 0) + 1 FROM scheduler_changes) FROM (SELECT NEW.gad_id AS gad) WHERE gad IS NOT NULL
    ON CONFLICT (gad_id) DO UPDATE SET seq = excluded.seq;
END;
--> statement-breakpoint
CREATE TRIGGER `scheduler_changes_memberships_update` AFTER UPDATE ON `memberships`
BEGIN
  INSERT INTO scheduler_changes (gad_id, seq)
    SELECT gad, (SELECT coalesce(max(seq), 0) + 1 FROM scheduler_changes) FROM (SELECT NEW.gad_id AS gad) WHERE gad IS NOT NULL
    ON CONFLICT (gad_id) DO UPDATE SET seq = excluded.seq;
END;
--> statement-breakpoint
CREATE TRIGGER `scheduler_changes_memberships_delete` AFTER DELETE ON `memberships`
BEGIN
  INSERT INTO scheduler_changes (gad_id, seq)
    SELECT gad, (SELECT coalesce(max(seq), 0) + 1 FROM scheduler_changes) FROM (SELECT OLD.gad_id AS gad) WHERE gad IS NOT NULL
    ON CONFLICT (gad_id) DO UPDATE SET seq = excluded.seq;
END;
--> statement-breakpoint
CREATE TRIGGER `scheduler_changes_session_series_insert` AFTER INSERT ON `session_series`
BEGIN
  INSERT INTO scheduler_changes (gad_id, seq)
    SELECT gad, (SELECT coalesce(max(seq), 0) + 1 FROM scheduler_changes) FROM (SELECT NEW.gad_id AS gad) WHERE gad IS NOT NULL
    ON CONFLICT (gad_id) DO UPDATE SET seq = excluded.seq;
END;
--> statement-breakpoint
CREATE TRIGGER `scheduler_changes_session_series_update` AFTER UPDATE ON `session_series`
BEGIN
  INSERT INTO scheduler_changes (gad_id, seq)
    SELECT gad, (SELECT coalesce(max(seq), 0) + 1 FROM scheduler_changes) FROM (SELECT NEW.gad_id AS gad) WHERE gad IS NOT NULL
    ON CONFLICT (gad_id) DO UPDATE SET seq = excluded.seq;
END;
--> statement-breakpoint
CREATE TRIGGER `scheduler_changes_session_series_delete` AFTER DELETE ON `session_series`
BEGIN
  INSERT INTO scheduler_changes (gad_id, seq)
    SELECT gad, (SELECT coalesce(max(seq), 0) + 1 FROM scheduler_changes) FROM (SELECT OLD.gad_id AS gad) WHERE gad IS NOT NULL
    ON CONFLICT (gad_id) DO UPDATE SET seq = excluded.seq;
END;
--> statement-breakpoint
CREATE TRIGGER `scheduler_changes_foro_sessions_insert` AFTER INSERT ON `foro_sessions`
BEGIN
  INSERT INTO scheduler_changes (gad_id, seq)
    SELECT gad, (SELECT coalesce(max(seq), 0) + 1 FROM scheduler_changes) FROM (SELECT NEW.gad_id AS gad) WHERE gad IS NOT NULL
    ON CONFLICT (gad_id) DO UPDATE SET seq = excluded.seq;
END;
--> statement-breakpoint
CREATE TRIGGER `scheduler_changes_foro_sessions_update` AFTER UPDATE ON `foro_sessions`
BEGIN
  INSERT INTO scheduler_changes (gad_id, seq)
    SELECT gad, (SELECT coalesce(max(seq), 0) + 1 FROM scheduler_changes) FROM (SELECT NEW.gad_id AS gad) WHERE gad IS NOT NULL
    ON CONFLICT (gad_id) DO UPDATE SET seq = excluded.seq;
END;
--> statement-breakpoint
CREATE TRIGGER `scheduler_changes_foro_sessions_delete` AFTER DELETE ON `foro_sessions`
BEGIN
  INSERT INTO scheduler_changes (gad_id, seq)
    SELECT gad, (SELECT coalesce(max(seq), 0) + 1 FROM scheduler_changes) FROM (SELECT OLD.gad_id AS gad) WHERE gad IS NOT NULL
    ON CONFLICT (gad_id) DO UPDATE SET seq = excluded.seq;
END;
--> statement-breakpoint
CREATE TRIGGER `scheduler_changes_session_attendance_insert` AFTER INSERT ON `session_attendance`
WHEN NEW.response IS NOT NULL
BEGIN
  INSERT INTO scheduler_changes (gad_id, seq)
    SELECT gad, (SELECT coalesce(max(seq), 0) + 1 FROM scheduler_changes) FROM (SELECT (SELECT gad_id FROM foro_sessions WHERE id = NEW.session_id) AS gad) WHERE gad IS NOT NULL
    ON CONFLICT (gad_id) DO UPDATE SET seq = excluded.seq;
END;
--> statement-breakpoint
CREATE TRIGGER `scheduler_changes_session_attendance_update` AFTER UPDATE ON `session_attendance`
WHEN NEW.response IS NOT OLD.response
BEGIN
  INSERT INTO scheduler_changes (gad_id, seq)
    SELECT gad, (SELECT coalesce(max(seq), 0) + 1 FROM scheduler_changes) FROM (SELECT (SELECT gad_id FROM foro_sessions WHERE id = NEW.session_id) AS gad) WHERE gad IS NOT NULL
    ON CONFLICT (gad_id) DO UPDATE SET seq = excluded.seq;
END;
--> statement-breakpoint
CREATE TRIGGER `scheduler_changes_activity_progress_insert` AFTER INSERT ON `activity_progress`
BEGIN
  INSERT INTO scheduler_changes (gad_id, seq)
    SELECT gad, (SELECT coalesce(max(seq), 0) + 1 FROM scheduler_changes) FROM (SELECT NEW.gad_id AS gad) WHERE gad IS NOT NULL
    ON CONFLICT (gad_id) DO UPDATE SET seq = excluded.seq;
END;
--> statement-breakpoint
CREATE TRIGGER `scheduler_changes_activity_progress_update` AFTER UPDATE ON `activity_progress`
BEGIN
  INSERT INTO scheduler_changes (gad_id, seq)
    SELECT gad, (SELECT coalesce(max(seq), 0) + 1 FROM scheduler_changes) FROM (SELECT NEW.gad_id AS gad) WHERE gad IS NOT NULL
    ON CONFLICT (gad_id) DO UPDATE SET seq = excluded.seq;
END;
--> statement-breakpoint
CREATE TRIGGER `scheduler_changes_activity_progress_delete` AFTER DELETE ON `activity_progress`
BEGIN
  INSERT INTO scheduler_changes (gad_id, seq)
    SELECT gad, (SELECT coalesce(max(seq), 0) + 1 FROM scheduler_changes) FROM (SELECT OLD.gad_id AS gad) WHERE gad IS NOT NULL
    ON CONFLICT (gad_id) DO UPDATE SET seq = excluded.seq;
END;
--> statement-breakpoint
CREATE TRIGGER `scheduler_changes_trainings_insert` AFTER INSERT ON `trainings`
BEGIN
  INSERT INTO scheduler_changes (gad_id, seq)
    SELECT gad, (SELECT coalesce(max(seq), 0) + 1 FROM scheduler_changes) FROM (SELECT NEW.gad_id AS gad) WHERE gad IS NOT NULL
    ON CONFLICT (gad_id) DO UPDATE SET seq = excluded.seq;
END;
--> statement-breakpoint
CREATE TRIGGER `scheduler_changes_trainings_update` AFTER UPDATE ON `trainings`
BEGIN
  INSERT INTO scheduler_changes (gad_id, seq)
    SELECT gad, (SELECT coalesce(max(seq), 0) + 1 FROM scheduler_changes) FROM (SELECT NEW.gad_id AS gad) WHERE gad IS NOT NULL
    ON CONFLICT (gad_id) DO UPDATE SET seq = excluded.seq;
END;
--> statement-breakpoint
CREATE TRIGGER `scheduler_changes_trainings_delete` AFTER DELETE ON `trainings`
BEGIN
  INSERT INTO scheduler_changes (gad_id, seq)
    SELECT gad, (SELECT coalesce(max(seq), 0) + 1 FROM scheduler_changes) FROM (SELECT OLD.gad_id AS gad) WHERE gad IS NOT NULL
    ON CONFLICT (gad_id) DO UPDATE SET seq = excluded.seq;
END;
--> statement-breakpoint
CREATE TRIGGER `scheduler_changes_plans_insert` AFTER INSERT ON `plans`
BEGIN
  INSERT INTO scheduler_changes (gad_id, seq)
    SELECT gad, (SELECT coalesce(max(seq), 0) + 1 FROM scheduler_changes) FROM (SELECT NEW.gad_id AS gad) WHERE gad IS NOT NULL
    ON CONFLICT (gad_id) DO UPDATE SET seq = excluded.seq;
END;
--> statement-breakpoint
CREATE TRIGGER `scheduler_changes_plans_update` AFTER UPDATE ON `plans`
BEGIN
  INSERT INTO scheduler_changes (gad_id, seq)
    SELECT gad, (SELECT coalesce(max(seq), 0) + 1 FROM scheduler_changes) FROM (SELECT NEW.gad_id AS gad) WHERE gad IS NOT NULL
    ON CONFLICT (gad_id) DO UPDATE SET seq = excluded.seq;
END;
--> statement-breakpoint
CREATE TRIGGER `scheduler_changes_plans_delete` AFTER DELETE ON `plans`
BEGIN
  INSERT INTO scheduler_changes (gad_id, seq)
    SELECT gad, (SELECT coalesce(max(seq), 0) + 1 FROM scheduler_changes) FROM (SELECT OLD.gad_id AS gad) WHERE gad IS NOT NULL
    ON CONFLICT (gad_id) DO UPDATE SET seq = excluded.seq;
END;
--> statement-breakpoint
CREATE TRIGGER `scheduler_changes_commitments_insert` AFTER INSERT ON `commitments`
BEGIN
  INSERT INTO scheduler_changes (gad_id, seq)
    SELECT gad, (SELECT coalesce(max(seq), 0) + 1 FROM scheduler_changes) FROM (SELECT (SELECT gad_id FROM plans WHERE id = NEW.plan_id) AS gad) WHERE gad IS NOT NULL
    ON CONFLICT (gad_id) DO UPDATE SET seq = excluded.seq;
END;
--> statement-breakpoint
CREATE TRIGGER `scheduler_changes_commitments_update` AFTER UPDATE ON `commitments`
BEGIN
  INSERT INTO scheduler_changes (gad_id, seq)
    SELECT gad, (SELECT coalesce(max(seq), 0) + 1 FROM scheduler_changes) FROM (SELECT (SELECT gad_id FROM plans WHERE id = NEW.plan_id) AS gad) WHERE gad IS NOT NULL
    ON CONFLICT (gad_id) DO UPDATE SET seq = excluded.seq;
END;
--> statement-breakpoint
CREATE TRIGGER `scheduler_changes_commitments_delete` AFTER DELETE ON `commitments`
BEGIN
  INSERT INTO scheduler_changes (gad_id, seq)
    SELECT gad, (SELECT coalesce(max(seq), 0) + 1 FROM scheduler_changes) FROM (SELECT (SELECT gad_id FROM plans WHERE id = OLD.plan_id) AS gad) WHERE gad IS NOT NULL
    ON CONFLICT (gad_id) DO UPDATE SET seq = excluded.seq;
END;
--> statement-breakpoint
CREATE TRIGGER `scheduler_changes_milestones_insert` AFTER INSERT ON `milestones`
BEGIN
  INSERT INTO scheduler_changes (gad_id, seq)
    SELECT gad, (SELECT coalesce(max(seq), 0) + 1 FROM scheduler_changes) FROM (SELECT (SELECT p.gad_id FROM commitments c JOIN plans p ON p.id = c.plan_id WHERE c.id = NEW.commitment_id) AS gad) WHERE gad IS NOT NULL
    ON CONFLICT (gad_id) DO UPDATE SET seq = excluded.seq;
END;
--> statement-breakpoint
CREATE TRIGGER `scheduler_changes_milestones_update` AFTER UPDATE ON `milestones`
BEGIN
  INSERT INTO scheduler_changes (gad_id, seq)
    SELECT gad, (SELECT coalesce(max(seq), 0) + 1 FROM scheduler_changes) FROM (SELECT (SELECT p.gad_id FROM commitments c JOIN plans p ON p.id = c.plan_id WHERE c.id = NEW.commitment_id) AS gad) WHERE gad IS NOT NULL
    ON CONFLICT (gad_id) DO UPDATE SET seq = excluded.seq;
END;
--> statement-breakpoint
CREATE TRIGGER `scheduler_changes_milestones_delete` AFTER DELETE ON `milestones`
BEGIN
  INSERT INTO scheduler_changes (gad_id, seq)
    SELECT gad, (SELECT coalesce(max(seq), 0) + 1 FROM scheduler_changes) FROM (SELECT (SELECT p.gad_id FROM commitments c JOIN plans p ON p.id = c.plan_id WHERE c.id = OLD.commitment_id) AS gad) WHERE gad IS NOT NULL
    ON CONFLICT (gad_id) DO UPDATE SET seq = excluded.seq;
END;
--> statement-breakpoint
CREATE TRIGGER `scheduler_changes_assessments_insert` AFTER INSERT ON `assessments`
BEGIN
  INSERT INTO scheduler_changes (gad_id, seq)
    SELECT gad, (SELECT coalesce(max(seq), 0) + 1 FROM scheduler_changes) FROM (SELECT (SELECT gad_id FROM plans WHERE id = NEW.plan_id) AS gad) WHERE gad IS NOT NULL
    ON CONFLICT (gad_id) DO UPDATE SET seq = excluded.seq;
END;
--> statement-breakpoint
CREATE TRIGGER `scheduler_changes_assessments_update` AFTER UPDATE ON `assessments`
BEGIN
  INSERT INTO scheduler_changes (gad_id, seq)
    SELECT gad, (SELECT coalesce(max(seq), 0) + 1 FROM scheduler_changes) FROM (SELECT (SELECT gad_id FROM plans WHERE id = NEW.plan_id) AS gad) WHERE gad IS NOT NULL
    ON CONFLICT (gad_id) DO UPDATE SET seq = excluded.seq;
END;
--> statement-breakpoint
CREATE TRIGGER `scheduler_changes_assessments_delete` AFTER DELETE ON `assessments`
BEGIN
  INSERT INTO scheduler_changes (gad_id, seq)
    SELECT gad, (SELECT coalesce(max(seq), 0) + 1 FROM scheduler_changes) FROM (SELECT (SELECT gad_id FROM plans WHERE id = OLD.plan_id) AS gad) WHERE gad IS NOT NULL
    ON CONFLICT (gad_id) DO UPDATE SET seq = excluded.seq;
END;
--> statement-breakpoint
CREATE TRIGGER `scheduler_changes_people_mute` AFTER UPDATE OF `reminders_muted` ON `people`
WHEN NEW.reminders_muted IS NOT OLD.reminders_muted
BEGIN
  INSERT INTO scheduler_changes (gad_id, seq)
    SELECT DISTINCT gad_id, (SELECT coalesce(max(seq), 0) + 1 FROM scheduler_changes) FROM memberships WHERE person_id = NEW.id AND gad_id IS NOT NULL
    ON CONFLICT (gad_id) DO UPDATE SET seq = excluded.seq;
END;

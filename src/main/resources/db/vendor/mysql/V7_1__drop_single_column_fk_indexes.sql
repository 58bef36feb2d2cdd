-- MySQL / MariaDB only (spring.flyway.locations adds db/vendor/{vendor}): the indexes that the id-only foreign
-- keys of V1-V4 created implicitly (named after the constraint) stay behind when V7 drops those keys. The
-- composite keys use the (agency_id, ...) indexes, so these single-column ones only cost writes: drop them.
ALTER TABLE workspace_member DROP INDEX fk_workspace_member_workspace, DROP INDEX fk_workspace_member_user;
ALTER TABLE workspace_visit DROP INDEX fk_workspace_visit_user, DROP INDEX fk_workspace_visit_workspace;
ALTER TABLE invitation DROP INDEX fk_invitation_inviter;
ALTER TABLE funnel_stage DROP INDEX fk_funnel_stage_workspace;
ALTER TABLE baseline DROP INDEX fk_baseline_workspace;
ALTER TABLE baseline_volume DROP INDEX fk_baseline_volume_baseline, DROP INDEX fk_baseline_volume_stage;
ALTER TABLE scenario DROP INDEX fk_scenario_workspace, DROP INDEX fk_scenario_baseline;
ALTER TABLE scenario_target DROP INDEX fk_scenario_target_scenario;
ALTER TABLE kpi DROP INDEX fk_kpi_workspace;
ALTER TABLE kpi_actual DROP INDEX fk_kpi_actual_workspace, DROP INDEX fk_kpi_actual_kpi;

-- Tenancy in the schema: a child row references its parent by (agency_id, parent_id), so the database
-- itself refuses a child whose agency differs from its parent's. The single-column foreign keys on the id alone
-- are replaced; the agency foreign keys (agency_id -> agency.id) stay.
-- Written against V1-V4 only. Subset valid on H2 (MODE=MySQL) and MySQL 8 / MariaDB. On MySQL the indexes that
-- the old foreign keys created implicitly outlive them: db/vendor/mysql/V7_1 drops them (H2 drops its own with
-- the constraint).

-- Parents: (agency_id, id) is unique (id alone already is); a composite foreign key needs it as its target.
ALTER TABLE user_account ADD CONSTRAINT uk_user_account_tenant UNIQUE (agency_id, id);
ALTER TABLE workspace ADD CONSTRAINT uk_workspace_tenant UNIQUE (agency_id, id);
ALTER TABLE funnel_stage ADD CONSTRAINT uk_funnel_stage_tenant UNIQUE (agency_id, id);
ALTER TABLE baseline ADD CONSTRAINT uk_baseline_tenant UNIQUE (agency_id, id);
ALTER TABLE scenario ADD CONSTRAINT uk_scenario_tenant UNIQUE (agency_id, id);
ALTER TABLE kpi ADD CONSTRAINT uk_kpi_tenant UNIQUE (agency_id, id);

-- Children whose existing keys do not start with (agency_id, parent_id) get one (MySQL needs it for the key).
CREATE INDEX ix_workspace_visit_workspace ON workspace_visit (agency_id, workspace_id);
CREATE INDEX ix_invitation_inviter ON invitation (agency_id, invited_by);
CREATE INDEX ix_scenario_baseline ON scenario (agency_id, baseline_id);

-- One block per foreign key: drop the id-only key, add the composite one.
ALTER TABLE workspace_member DROP FOREIGN KEY fk_workspace_member_workspace;
ALTER TABLE workspace_member ADD CONSTRAINT fk_workspace_member_workspace_tenant
    FOREIGN KEY (agency_id, workspace_id) REFERENCES workspace (agency_id, id);
ALTER TABLE workspace_member DROP FOREIGN KEY fk_workspace_member_user;
ALTER TABLE workspace_member ADD CONSTRAINT fk_workspace_member_user_tenant
    FOREIGN KEY (agency_id, user_id) REFERENCES user_account (agency_id, id);

ALTER TABLE workspace_visit DROP FOREIGN KEY fk_workspace_visit_user;
ALTER TABLE workspace_visit ADD CONSTRAINT fk_workspace_visit_user_tenant
    FOREIGN KEY (agency_id, user_id) REFERENCES user_account (agency_id, id);
ALTER TABLE workspace_visit DROP FOREIGN KEY fk_workspace_visit_workspace;
ALTER TABLE workspace_visit ADD CONSTRAINT fk_workspace_visit_workspace_tenant
    FOREIGN KEY (agency_id, workspace_id) REFERENCES workspace (agency_id, id);

ALTER TABLE invitation DROP FOREIGN KEY fk_invitation_inviter;
ALTER TABLE invitation ADD CONSTRAINT fk_invitation_inviter_tenant
    FOREIGN KEY (agency_id, invited_by) REFERENCES user_account (agency_id, id);

ALTER TABLE funnel_stage DROP FOREIGN KEY fk_funnel_stage_workspace;
ALTER TABLE funnel_stage ADD CONSTRAINT fk_funnel_stage_workspace_tenant
    FOREIGN KEY (agency_id, workspace_id) REFERENCES workspace (agency_id, id);

ALTER TABLE baseline DROP FOREIGN KEY fk_baseline_workspace;
ALTER TABLE baseline ADD CONSTRAINT fk_baseline_workspace_tenant
    FOREIGN KEY (agency_id, workspace_id) REFERENCES workspace (agency_id, id);

ALTER TABLE baseline_volume DROP FOREIGN KEY fk_baseline_volume_baseline;
ALTER TABLE baseline_volume ADD CONSTRAINT fk_baseline_volume_baseline_tenant
    FOREIGN KEY (agency_id, baseline_id) REFERENCES baseline (agency_id, id);
ALTER TABLE baseline_volume DROP FOREIGN KEY fk_baseline_volume_stage;
ALTER TABLE baseline_volume ADD CONSTRAINT fk_baseline_volume_stage_tenant
    FOREIGN KEY (agency_id, stage_id) REFERENCES funnel_stage (agency_id, id);

ALTER TABLE scenario DROP FOREIGN KEY fk_scenario_workspace;
ALTER TABLE scenario ADD CONSTRAINT fk_scenario_workspace_tenant
    FOREIGN KEY (agency_id, workspace_id) REFERENCES workspace (agency_id, id);
ALTER TABLE scenario DROP FOREIGN KEY fk_scenario_baseline;
ALTER TABLE scenario ADD CONSTRAINT fk_scenario_baseline_tenant
    FOREIGN KEY (agency_id, baseline_id) REFERENCES baseline (agency_id, id);

ALTER TABLE scenario_target DROP FOREIGN KEY fk_scenario_target_scenario;
ALTER TABLE scenario_target ADD CONSTRAINT fk_scenario_target_scenario_tenant
    FOREIGN KEY (agency_id, scenario_id) REFERENCES scenario (agency_id, id);

ALTER TABLE kpi DROP FOREIGN KEY fk_kpi_workspace;
ALTER TABLE kpi ADD CONSTRAINT fk_kpi_workspace_tenant
    FOREIGN KEY (agency_id, workspace_id) REFERENCES workspace (agency_id, id);

ALTER TABLE kpi_actual DROP FOREIGN KEY fk_kpi_actual_workspace;
ALTER TABLE kpi_actual ADD CONSTRAINT fk_kpi_actual_workspace_tenant
    FOREIGN KEY (agency_id, workspace_id) REFERENCES workspace (agency_id, id);
ALTER TABLE kpi_actual DROP FOREIGN KEY fk_kpi_actual_kpi;
ALTER TABLE kpi_actual ADD CONSTRAINT fk_kpi_actual_kpi_tenant
    FOREIGN KEY (agency_id, kpi_id) REFERENCES kpi (agency_id, id);

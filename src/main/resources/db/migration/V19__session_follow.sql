-- Goal-setting sessions (issue 11): "follow the facilitator" is remembered per participant, so a reload or another
-- page of the same session keeps it.
ALTER TABLE goal_session_participant ADD COLUMN following BOOLEAN NOT NULL DEFAULT FALSE;
